package org.ots.platform.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.ots.platform.shared.Period;
import org.ots.platform.states.States;
import org.springframework.stereotype.Component;

/**
 * Checks one entered value the way a statistician would: refuses what cannot be right (not a number, outside
 * the indicator's natural limits, a year that cannot have been measured) and warns about what merely looks
 * unusual against the series' own history.
 */
@Component
class ObservationValidator {

	/** Iglewicz and Hoaglin's cut-off for the modified z-score: beyond it a value is a likely outlier. */
	static final double OUTLIER_Z = 3.5;
	static final int FIRST_YEAR = Observation.FIRST_YEAR;
	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern
		.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,3})?");

	private final Indicators indicators;
	private final States states;
	private final Clock clock;

	ObservationValidator(Indicators indicators, States states, Clock clock) {
		this.indicators = indicators;
		this.states = states;
		this.clock = clock;
	}

	/** A checked value, ready to be stored. */
	record Checked(Indicator indicator, Period period, double value, ObservationStatus status, String source,
			String note) {
	}

	Optional<Checked> check(ObservationEdit edit, ValueCheck result) {
		Indicator indicator = edit.indicatorCode() == null ? null
				: indicators.findById(edit.indicatorCode().trim()).orElse(null);
		if (indicator == null) {
			result.error("indicator", "unknown indicator '" + edit.indicatorCode() + "'");
		}
		if (!states.exists(edit.stateCode())) {
			result.error("state", "unknown state '" + edit.stateCode() + "'");
		}
		Period period = period(edit.period(), result);
		Double value = number(edit.value(), result);
		ObservationStatus status = status(edit.status(), result);
		if (edit.source() == null || edit.source().isBlank()) {
			result.error("source", "name the source of the value");
		}
		else if (edit.source().length() > 300) {
			result.error("source", "the source is longer than 300 characters");
		}
		if (edit.note() != null && edit.note().length() > 1000) {
			result.error("note", "the note is longer than 1000 characters");
		}
		if (indicator != null && value != null) {
			String violation = indicator.limitViolation(value);
			if (violation != null) {
				result.error("value", value + " is " + violation);
			}
		}
		if (!result.ok()) {
			return Optional.empty();
		}
		return Optional.of(new Checked(indicator, period, value, status, edit.source().trim(), blankToNull(edit.note())));
	}

	/** Warns when the value is far from the rest of its series (modified z-score over the other years). */
	void warnIfUnusual(Checked value, List<Observation> series, ValueCheck result) {
		double[] others = series.stream()
			.filter(o -> !o.period().equals(value.period()))
			.mapToDouble(Observation::value)
			.sorted()
			.toArray();
		if (others.length < 4) {
			return;
		}
		double median = median(others);
		double mad = median(Arrays.stream(others).map(v -> Math.abs(v - median)).sorted().toArray());
		boolean unusual = mad == 0 ? Math.abs(value.value() - median) > 0.5 * Math.abs(median) && value.value() != median
				: Math.abs(0.6745 * (value.value() - median) / mad) > OUTLIER_Z;
		if (unusual) {
			result.warn(String.format(java.util.Locale.ROOT,
					"%s is far from this series' other values (median %s over %d years): please check it",
					format(value.value()), format(median), others.length));
		}
	}

	private Period period(String text, ValueCheck result) {
		try {
			Period period = Period.parse(text);
			int thisYear = LocalDate.now(clock).getYear();
			if (period.year() < FIRST_YEAR || period.year() > thisYear) {
				result.error("period", period.year() + " is not a year that can have been measured (" + FIRST_YEAR
						+ " to " + thisYear + ")");
				return null;
			}
			return period;
		}
		catch (Period.InvalidPeriodException e) {
			result.error("period", e.getMessage());
			return null;
		}
	}

	/** Reads a number as people type it: 1234.5, 1 234,5 or 1,234.5. */
	static Double number(String text, ValueCheck result) {
		if (text == null || text.isBlank()) {
			result.error("value", "enter a value");
			return null;
		}
		String compact = text.trim().replace("\u00a0", "").replace(" ", "").replace("\u202f", "");
		if (compact.contains(",") && compact.contains(".")) {
			compact = compact.replace(",", "");
		}
		else if (compact.contains(",")) {
			compact = compact.replace(',', '.');
		}
		if (!NUMBER.matcher(compact).matches()) {
			result.error("value", "'" + text + "' is not a number");
			return null;
		}
		return Double.parseDouble(compact);
	}

	private static ObservationStatus status(String text, ValueCheck result) {
		try {
			return ObservationStatus.parse(text);
		}
		catch (IllegalArgumentException e) {
			result.error("status", e.getMessage());
			return null;
		}
	}

	private static double median(double[] sorted) {
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static String format(double value) {
		return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
