package org.ots.platform.foresight;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.ots.platform.indicators.Observation;

/**
 * What the fan chart draws: the observed values, then the point projection with its 80% and 95% bands, on one
 * axis of years; null where a line has no value in a year. The target, if any, is a single point.
 */
record ProjectionView(List<Integer> years, List<Double> observed, List<Double> point, List<Double> lower80,
		List<Double> upper80, List<Double> lower95, List<Double> upper95, Double targetValue, Integer targetYear,
		boolean illustrative, List<ScenarioLine> scenarios) {

	/** A scenario's path drawn beside the baseline: its values on the same axis of years, joined to the data. */
	record ScenarioLine(String name, List<Double> values) {
	}

	/** The observed values alone, for a series without a stored projection. */
	static ProjectionView ofData(List<Observation> observations) {
		List<Integer> years = new ArrayList<>();
		List<Double> observed = new ArrayList<>(), none = new ArrayList<>();
		TreeMap<Integer, Double> byYear = annualValues(observations);
		if (!byYear.isEmpty()) {
			for (int year = byYear.firstKey(); year <= byYear.lastKey(); year++) {
				years.add(year);
				observed.add(byYear.get(year));
				none.add(null);
			}
		}
		boolean illustrative = observations.stream().anyMatch(Observation::illustrative);
		return new ProjectionView(years, observed, none, none, none, none, none, null, null, illustrative, List.of());
	}

	private static TreeMap<Integer, Double> annualValues(List<Observation> observations) {
		TreeMap<Integer, Double> byYear = new TreeMap<>();
		observations.stream().filter(o -> o.period().isAnnual()).forEach(o -> byYear.put(o.period().year(), o.value()));
		return byYear;
	}

	static ProjectionView of(List<Observation> observations, SeriesProjection projection) {
		TreeMap<Integer, Double> observedByYear = annualValues(observations);
		List<Integer> years = new ArrayList<>();
		List<Double> observed = new ArrayList<>(), point = new ArrayList<>(), lower80 = new ArrayList<>(),
				upper80 = new ArrayList<>(), lower95 = new ArrayList<>(), upper95 = new ArrayList<>();
		int first = observedByYear.isEmpty() ? 0 : observedByYear.firstKey();
		int last = projection.years().isEmpty() ? (observedByYear.isEmpty() ? -1 : observedByYear.lastKey())
				: projection.years().get(projection.years().size() - 1).year();
		for (int year = first; year <= last; year++) {
			years.add(year);
			observed.add(observedByYear.get(year));
			ProjectedYear p = projection.year(year).orElse(null);
			// The point line starts at the last observation, so that the fan leaves from the data.
			boolean joint = p == null && projection.lastYear() != null && year == projection.lastYear()
					&& !projection.years().isEmpty();
			Double join = joint ? observedByYear.get(year) : null;
			point.add(p != null ? Double.valueOf(p.point()) : join);
			lower80.add(p != null ? Double.valueOf(p.lower80()) : join);
			upper80.add(p != null ? Double.valueOf(p.upper80()) : join);
			lower95.add(p != null ? Double.valueOf(p.lower95()) : join);
			upper95.add(p != null ? Double.valueOf(p.upper95()) : join);
		}
		SeriesProjection.SeriesTarget target = projection.target();
		return new ProjectionView(years, observed, point, lower80, upper80, lower95, upper95,
				target == null ? null : target.value(), target == null ? null : target.year(), projection.illustrative(),
				List.of());
	}

	/**
	 * The same chart with scenario paths beside the baseline, the axis of years lengthened where a path goes
	 * further than the projection. Each path starts at the last observation, as the baseline does.
	 */
	ProjectionView withScenarios(java.util.Map<String, List<ScenarioYear>> paths) {
		int last = years.isEmpty() ? 0 : years.get(years.size() - 1);
		int end = paths.values().stream().flatMap(List::stream).mapToInt(ScenarioYear::year).max().orElse(last);
		List<Integer> axis = new ArrayList<>(years);
		for (int year = last + 1; year <= end && !years.isEmpty(); year++) {
			axis.add(year);
		}
		List<ScenarioLine> lines = new ArrayList<>();
		Integer lastObservedYear = null;
		for (int i = 0; i < observed.size(); i++) {
			if (observed.get(i) != null) {
				lastObservedYear = years.get(i);
			}
		}
		for (var path : paths.entrySet()) {
			List<Double> values = new ArrayList<>();
			for (int year : axis) {
				int y = year;
				Double value = path.getValue().stream().filter(p -> p.year() == y).map(ScenarioYear::value).findFirst()
					.orElse(null);
				if (value == null && lastObservedYear != null && year == lastObservedYear) {
					value = observed.get(years.indexOf(year));
				}
				values.add(value);
			}
			lines.add(new ScenarioLine(path.getKey(), values));
		}
		return new ProjectionView(axis, padded(observed, axis), padded(point, axis), padded(lower80, axis),
				padded(upper80, axis), padded(lower95, axis), padded(upper95, axis), targetValue, targetYear,
				illustrative, lines);
	}

	private static List<Double> padded(List<Double> values, List<Integer> axis) {
		List<Double> padded = new ArrayList<>(values);
		while (padded.size() < axis.size()) {
			padded.add(null);
		}
		return padded;
	}
}
