package org.ots.platform.indicators.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;

import org.ots.platform.identity.CurrentUser;
import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.Observation;
import org.ots.platform.indicators.ObservationStatus;
import org.ots.platform.shared.Period;

/**
 * Applies the rules of a single entered value (ObservationValidator's: a number, within the indicator's natural
 * limits, a year that can have been measured, a known status, a named source) to every row of a file, plus the
 * rules of a file: codes known or mapped, no key twice, only states the user may write. Good rows go to
 * {@link ImportRows}; bad ones are listed with their line and column.
 */
final class RowChecker {

	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern
		.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,3})?");

	private final Map<String, Indicator> indicators;
	private final Map<String, String> mappings;
	private final String publisher;
	private final Set<String> states;
	private final CurrentUser user;
	private final int thisYear;
	private final String defaultSource;
	private final ImportErrors errors;
	private final ImportRows rows = new ImportRows();
	private final List<Indicator> indicatorByIndex = new ArrayList<>();
	private final Map<String, Object> indicatorCache = new HashMap<>();
	private final Map<String, Object> stateCache = new HashMap<>();
	private final Map<String, Object> periodCache = new HashMap<>();
	private final LongIntMap keys = new LongIntMap();
	private final LongIntMap series = new LongIntMap();
	private int checked;

	RowChecker(Map<String, Indicator> indicators, Map<String, String> mappings, String publisher, Set<String> states,
			CurrentUser user, int thisYear, String defaultSource, ImportErrors errors) {
		this.indicators = indicators;
		this.mappings = mappings;
		this.publisher = publisher;
		this.states = states;
		this.user = user;
		this.thisYear = thisYear;
		this.defaultSource = defaultSource == null || defaultSource.isBlank() ? null : defaultSource.trim();
		this.errors = errors;
	}

	/** Our indicator for a code of the file: one of ours, or the code mapped once for this publisher. */
	Indicator resolve(String code) {
		String trimmed = code.trim();
		Indicator ours = indicators.get(trimmed);
		if (ours == null) {
			ours = indicators.get(trimmed.toUpperCase(java.util.Locale.ROOT));
		}
		if (ours == null && mappings.containsKey(trimmed)) {
			ours = indicators.get(mappings.get(trimmed));
		}
		return ours;
	}

	/** Whether a publisher's country code is one of the platform's states (other countries and regions are skipped). */
	boolean isPlatformState(String code) {
		return code != null && states.contains(code.trim().toUpperCase(java.util.Locale.ROOT));
	}

	String defaultSource() {
		return defaultSource;
	}

	boolean hasDefaultSource() {
		return defaultSource != null;
	}

	void check(int line, Columns columns, String indicatorText, String stateText, String periodText, String valueText,
			String statusText, String sourceText, String noteText) {
		checked++;
		int before = errors.count();
		int indicator = indicator(line, columns, indicatorText);
		int state = state(line, columns, stateText);
		int period = period(line, columns, periodText);
		double value = value(line, columns, valueText, indicator);
		byte status = status(line, columns, statusText);
		int source = source(line, columns, sourceText);
		String note = noteText == null || noteText.isBlank() ? null : noteText.trim();
		if (note != null && note.length() > 1000) {
			errors.add(line, columns.note(), "the note is longer than 1000 characters");
		}
		if (errors.count() > before) {
			return;
		}
		long seriesKey = ((long) indicator << 48) | ((long) state << 40) | ((long) period << 20);
		long key = seriesKey | source;
		int first = keys.putIfAbsent(key, line);
		if (first >= 0) {
			errors.add(line, columns.period(), "the same indicator, state, period and source as line " + first
					+ ": each value may appear only once in a file");
			return;
		}
		boolean firstSource = series.putIfAbsent(seriesKey, line) < 0;
		if (!errors.any()) {
			rows.add(indicator, state, period, source, value, status, firstSource, note);
		}
	}

	ImportRows rows() {
		return rows;
	}

	/** Rows read that belong to the import (valid or not), skipped rows excluded. */
	int checked() {
		return checked;
	}

	private int indicator(int line, Columns columns, String text) {
		if (text == null || text.isBlank()) {
			errors.add(line, columns.indicator(), "the indicator code is empty");
			return -1;
		}
		Object cached = indicatorCache.get(text);
		if (cached == null) {
			Indicator found = resolve(text);
			if (found == null) {
				cached = "unknown indicator '" + text.trim() + "': not a code of the framework, and not mapped for "
						+ publisher + " (see Imports, Mappings)";
			}
			else {
				int index = rows.indicators.indexOf(found.code());
				if (index == indicatorByIndex.size()) {
					indicatorByIndex.add(found);
				}
				cached = index;
			}
			indicatorCache.put(text, cached);
		}
		if (cached instanceof String message) {
			errors.add(line, columns.indicator(), message);
			return -1;
		}
		return (Integer) cached;
	}

	private int state(int line, Columns columns, String text) {
		String code = text == null ? "" : text;
		Object cached = stateCache.get(code);
		if (cached == null) {
			String upper = code.trim().toUpperCase(java.util.Locale.ROOT);
			if (upper.isEmpty()) {
				cached = "the state code is empty";
			}
			else if (!states.contains(upper)) {
				cached = "unknown state '" + code.trim() + "': use AZE, KAZ, KGZ, TUR, UZB, HUN, TKM, XNC or OTS";
			}
			else if (!user.mayWriteDataOf(upper)) {
				cached = "you may not write data for " + upper;
			}
			else {
				cached = rows.states.indexOf(upper);
			}
			stateCache.put(code, cached);
		}
		if (cached instanceof String message) {
			errors.add(line, columns.state(), message);
			return -1;
		}
		return (Integer) cached;
	}

	private int period(int line, Columns columns, String text) {
		String code = text == null ? "" : text;
		Object cached = periodCache.get(code);
		if (cached == null) {
			try {
				Period period = Period.parse(code);
				if (period.year() < Observation.FIRST_YEAR || period.year() > thisYear) {
					cached = period.year() + " is not a year that can have been measured (" + Observation.FIRST_YEAR
							+ " to " + thisYear + ")";
				}
				else {
					cached = rows.periods.indexOf(period);
				}
			}
			catch (Period.InvalidPeriodException e) {
				cached = e.getMessage();
			}
			periodCache.put(code, cached);
		}
		if (cached instanceof String message) {
			errors.add(line, columns.period(), message);
			return -1;
		}
		return (Integer) cached;
	}

	private double value(int line, Columns columns, String text, int indicator) {
		Double value = number(text);
		if (value == null) {
			errors.add(line, columns.value(), text == null || text.isBlank() ? "the value is empty"
					: "'" + text.trim() + "' is not a number");
			return Double.NaN;
		}
		if (indicator >= 0) {
			String violation = indicatorByIndex.get(indicator).limitViolation(value);
			if (violation != null) {
				errors.add(line, columns.value(), text.trim() + " is " + violation);
			}
		}
		return value;
	}

	/** Reads a number as ObservationValidator does (1234.5, 1 234,5, 1,234.5); plain numbers take the fast path. */
	static Double number(String text) {
		if (text == null) {
			return null;
		}
		String trimmed = text.trim();
		if (trimmed.isEmpty()) {
			return null;
		}
		if (plain(trimmed)) {
			try {
				return finite(Double.parseDouble(trimmed));
			}
			catch (NumberFormatException e) {
				return null;
			}
		}
		String compact = trimmed.replace("\u00a0", "").replace(" ", "").replace("\u202f", "");
		if (compact.contains(",") && compact.contains(".")) {
			compact = compact.replace(",", "");
		}
		else if (compact.contains(",")) {
			compact = compact.replace(',', '.');
		}
		return NUMBER.matcher(compact).matches() ? finite(Double.parseDouble(compact)) : null;
	}

	private static Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

	private static boolean plain(String text) {
		boolean digit = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digit = true;
			}
			else if (!(c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
				return false;
			}
		}
		return digit;
	}

	private byte status(int line, Columns columns, String text) {
		try {
			return (byte) ObservationStatus.parse(text).ordinal();
		}
		catch (IllegalArgumentException e) {
			errors.add(line, columns.status(), e.getMessage());
			return 0;
		}
	}

	private int source(int line, Columns columns, String text) {
		String source = text == null || text.isBlank() ? defaultSource : text.trim();
		if (source == null) {
			errors.add(line, columns.source(), "the source is empty: fill it in, or give a default source on the upload form");
			return -1;
		}
		if (source.length() > 300) {
			errors.add(line, columns.source(), "the source is longer than 300 characters");
			return -1;
		}
		return rows.sources.indexOf(source);
	}
}
