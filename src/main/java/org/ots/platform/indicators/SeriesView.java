package org.ots.platform.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.ots.platform.shared.Period;
import org.ots.platform.states.State;
import org.ots.platform.states.States;

/**
 * The reference values of one indicator, shaped twice: as the chart's series (one line per state) and as the
 * table that is the chart's accessible alternative (periods by states). Every value keeps its source; sources
 * are numbered once and cited in each cell, so a long series does not repeat a long source name.
 */
record SeriesView(List<Period> periods, List<State> states, Map<String, Map<Period, Cell>> cells, List<String> sources,
		Chart chart) {

	/** A table cell: the value, the number of its source in {@link #sources}, and whether it is illustrative. */
	record Cell(Observation observation, int sourceNumber) {
	}

	record Chart(List<String> periods, List<Line> series) {
	}

	/** One state's line; {@code illustrative} when any of its points is a demo value. */
	record Line(String state, String name, boolean illustrative, List<Point> points) {
	}

	/** A point of a line; null value where the state has no value for the period. */
	record Point(Double value, String source, boolean illustrative) {
	}

	static SeriesView of(List<Observation> referenceSeries, States states, Locale locale) {
		TreeSet<Period> periodSet = new TreeSet<>();
		Map<String, Map<Period, Cell>> cells = new LinkedHashMap<>();
		List<String> sources = new ArrayList<>();
		for (Observation o : referenceSeries) {
			periodSet.add(o.period());
			int number = sources.indexOf(o.source());
			if (number < 0) {
				sources.add(o.source());
				number = sources.size() - 1;
			}
			cells.computeIfAbsent(o.stateCode(), s -> new LinkedHashMap<>()).put(o.period(), new Cell(o, number + 1));
		}
		List<State> withData = states.all().stream().filter(s -> cells.containsKey(s.code())).toList();
		List<Period> ascending = new ArrayList<>(periodSet);
		List<Line> lines = withData.stream().map(state -> line(state, cells.get(state.code()), ascending, locale)).toList();
		Chart chart = new Chart(ascending.stream().map(Period::code).toList(), lines);
		List<Period> newestFirst = ascending.stream().sorted(Comparator.reverseOrder()).toList();
		return new SeriesView(newestFirst, withData, cells, sources, chart);
	}

	public Cell cell(String state, Period period) {
		return cells.getOrDefault(state, Map.of()).get(period);
	}

	public boolean isEmpty() {
		return cells.isEmpty();
	}

	public boolean anyIllustrative() {
		return chart.series().stream().anyMatch(Line::illustrative);
	}

	private static Line line(State state, Map<Period, Cell> values, List<Period> periods, Locale locale) {
		List<Point> points = periods.stream().map(p -> {
			Cell cell = values.get(p);
			return cell == null ? new Point(null, null, false)
					: new Point(cell.observation().value(), cell.observation().source(), cell.observation().illustrative());
		}).toList();
		boolean illustrative = points.stream().anyMatch(Point::illustrative);
		return new Line(state.code(), state.name().in(locale), illustrative, points);
	}
}
