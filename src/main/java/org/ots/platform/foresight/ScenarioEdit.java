package org.ots.platform.foresight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A scenario as the form or the API sends it: text, so that every mistake is reported beside its field. Rows left
 * entirely blank are ignored (the form offers a few empty ones).
 *
 * @param expectedVersion the version the writer read (null for a new scenario)
 */
record ScenarioEdit(String title, String rationale, Integer expectedVersion, List<PathEdit> paths) {

	/** Empty rows the form shows under the filled ones, so that paths can be added without scripts. */
	static final int EMPTY_ROWS = 3;

	ScenarioEdit {
		paths = paths == null ? List.of() : List.copyOf(paths);
	}

	/**
	 * One row: an indicator and a state code (OTS for the aggregate), the kind of path, and its points as
	 * "year=value" separated by ";" or new lines, for example "2025=8; 2027=8; 2030=3".
	 */
	record PathEdit(String indicator, String state, String kind, String points) {

		boolean isBlank() {
			return blank(indicator) && blank(state) && blank(points);
		}

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}
	}

	/** A new scenario whose first row names a series (either may be null: the row is then left to fill). */
	static ScenarioEdit startingWith(String indicator, String state) {
		List<PathEdit> first = indicator == null && state == null ? List.of()
				: List.of(new PathEdit(indicator, state, PathKind.GROWTH_RATE.name(), ""));
		return new ScenarioEdit("", "", null, first).withEmptyRows();
	}

	static ScenarioEdit of(Scenario scenario) {
		return new ScenarioEdit(scenario.title(), scenario.rationale(), scenario.latestVersion(),
				scenario.paths()
					.stream()
					.map(p -> new PathEdit(p.indicator(), p.state(), p.kind().name(), p.pointsText()))
					.toList()).withEmptyRows();
	}

	/**
	 * What the form posted: each row's fields come as parallel lists (indicator, state, kind, points). Read from the
	 * raw parameters, because binding a single row into a list would split its points at every comma.
	 */
	static ScenarioEdit fromForm(Map<String, List<String>> form) {
		List<String> indicators = form.getOrDefault("indicator", List.of());
		List<String> states = form.getOrDefault("state", List.of());
		List<String> kinds = form.getOrDefault("kind", List.of());
		List<String> points = form.getOrDefault("points", List.of());
		List<PathEdit> rows = new ArrayList<>();
		for (int i = 0; i < indicators.size(); i++) {
			rows.add(new PathEdit(indicators.get(i), at(states, i), at(kinds, i), at(points, i)));
		}
		String version = first(form, "expectedVersion");
		return new ScenarioEdit(first(form, "title"), first(form, "rationale"),
				version == null || version.isBlank() || !version.matches("\\d{1,9}") ? null : Integer.valueOf(version),
				rows);
	}

	/** The filled rows, then empty ones to fill. */
	ScenarioEdit withEmptyRows() {
		List<PathEdit> rows = new ArrayList<>(paths.stream().filter(p -> !p.isBlank()).toList());
		for (int i = 0; i < EMPTY_ROWS; i++) {
			rows.add(new PathEdit("", "", PathKind.GROWTH_RATE.name(), ""));
		}
		return new ScenarioEdit(title, rationale, expectedVersion, rows);
	}

	private static String at(List<String> values, int i) {
		return i < values.size() ? values.get(i) : null;
	}

	private static String first(Map<String, List<String>> form, String name) {
		List<String> values = form.get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}
}
