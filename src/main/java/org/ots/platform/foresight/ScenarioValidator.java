package org.ots.platform.foresight;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.indicators.Observation;
import org.ots.platform.states.States;
import org.springframework.stereotype.Component;

/**
 * Checks a scenario as sent and turns it into paths, or refuses it with every reason at once: a title and a
 * rationale (a scenario without its reasons cannot be discussed), known series with an observed value to start
 * from, points after that value and within 50 years, growth rates above -100% and at most 1000%, levels within
 * natural limits.
 */
@Component
class ScenarioValidator {

	static final int MAX_PATHS = 20;

	static final int MAX_HORIZON = 50;

	/**
	 * Bounds that keep every year's value a finite number (a rate compounded over 50 years, a level typed with too
	 * many digits), far beyond any assumption worth discussing.
	 */
	static final double MAX_RATE = 1000;

	static final double MAX_LEVEL = 1e12;

	/** "2025=8", "2025: 8", "2025 = -1,5": a year, then the value with a decimal point or comma. */
	private static final Pattern POINT = Pattern.compile("(\\d{4})\\s*[=:]\\s*(-?\\d+(?:[.,]\\d+)?)");

	record Checked(String title, String rationale, List<ScenarioPath> paths) {
	}

	private final IndicatorCatalog catalog;
	private final States states;
	private final ObservedSeries observed;

	ScenarioValidator(IndicatorCatalog catalog, States states, ObservedSeries observed) {
		this.catalog = catalog;
		this.states = states;
		this.observed = observed;
	}

	Checked check(ScenarioEdit edit) {
		Map<String, String> errors = new LinkedHashMap<>();
		String title = trimmed(edit.title());
		String rationale = trimmed(edit.rationale());
		if (title.isEmpty()) {
			errors.put("title", "scenarios.error.title.required");
		}
		else if (title.length() > 200) {
			errors.put("title", "scenarios.error.title.tooLong");
		}
		if (rationale.isEmpty()) {
			errors.put("rationale", "scenarios.error.rationale.required");
		}
		else if (rationale.length() > 4000) {
			errors.put("rationale", "scenarios.error.rationale.tooLong");
		}
		List<ScenarioPath> paths = new ArrayList<>();
		Set<String> series = new HashSet<>();
		List<ScenarioEdit.PathEdit> rows = edit.paths();
		for (int i = 0; i < rows.size(); i++) {
			ScenarioEdit.PathEdit row = rows.get(i);
			if (!row.isBlank()) {
				path(row, "paths[" + i + "].", errors).ifPresent(path -> {
					if (!series.add(path.indicator() + "|" + path.state())) {
						errors.put("paths", "scenarios.error.paths.duplicate");
					}
					paths.add(path);
				});
			}
		}
		if (paths.isEmpty() && errors.keySet().stream().noneMatch(k -> k.startsWith("paths"))) {
			errors.put("paths", "scenarios.error.paths.required");
		}
		if (paths.size() > MAX_PATHS) {
			errors.put("paths", "scenarios.error.paths.tooMany");
		}
		if (!errors.isEmpty()) {
			throw new ScenarioInputException(errors);
		}
		return new Checked(title, rationale, paths);
	}

	private Optional<ScenarioPath> path(ScenarioEdit.PathEdit row, String field, Map<String, String> errors) {
		int before = errors.size();
		Optional<Indicator> indicator = catalog.find(trimmed(row.indicator()));
		if (indicator.isEmpty()) {
			errors.put(field + "indicator", "scenarios.error.indicator.unknown");
		}
		String state = trimmed(row.state()).toUpperCase(java.util.Locale.ROOT);
		if (!states.exists(state)) {
			errors.put(field + "state", "scenarios.error.state.unknown");
		}
		PathKind kind = kind(row.kind());
		if (kind == null) {
			errors.put(field + "kind", "scenarios.error.kind.unknown");
		}
		if (errors.size() > before) {
			return Optional.empty();
		}
		Optional<Observation> last = observed.last(indicator.get().code(), state);
		if (last.isEmpty()) {
			errors.put(field + "state", "scenarios.error.series.noValues");
			return Optional.empty();
		}
		TreeMap<Integer, Double> points = points(row.points(), field, errors);
		if (points == null) {
			return Optional.empty();
		}
		int start = last.get().period().year();
		String wrong = points.entrySet().stream().map(p -> {
			if (p.getKey() <= start || p.getKey() > start + MAX_HORIZON) {
				return "scenarios.error.points.year";
			}
			if (kind == PathKind.GROWTH_RATE && (p.getValue() <= -100 || p.getValue() > MAX_RATE)) {
				return "scenarios.error.points.rate";
			}
			if (Math.abs(p.getValue()) > MAX_LEVEL) {
				return "scenarios.error.points.size";
			}
			if (kind == PathKind.LEVEL && indicator.get().limitViolation(p.getValue()) != null) {
				return "scenarios.error.points.limit";
			}
			return null;
		}).filter(java.util.Objects::nonNull).findFirst().orElse(null);
		if (wrong != null) {
			errors.put(field + "points", wrong);
			return Optional.empty();
		}
		return Optional.of(new ScenarioPath(indicator.get().code(), state, kind, points));
	}

	private static TreeMap<Integer, Double> points(String text, String field, Map<String, String> errors) {
		TreeMap<Integer, Double> points = new TreeMap<>();
		for (String entry : trimmed(text).split("[;\\n\\r]+")) {
			if (entry.isBlank()) {
				continue;
			}
			Matcher matcher = POINT.matcher(entry.trim());
			if (!matcher.matches()) {
				errors.put(field + "points", "scenarios.error.points.format");
				return null;
			}
			if (points.put(Integer.valueOf(matcher.group(1)), Double.valueOf(matcher.group(2).replace(',', '.'))) != null) {
				errors.put(field + "points", "scenarios.error.points.duplicateYear");
				return null;
			}
		}
		if (points.isEmpty()) {
			errors.put(field + "points", "scenarios.error.points.required");
			return null;
		}
		return points;
	}

	private static PathKind kind(String text) {
		try {
			return text == null ? null : PathKind.valueOf(text.trim());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String trimmed(String text) {
		return text == null ? "" : text.trim();
	}
}
