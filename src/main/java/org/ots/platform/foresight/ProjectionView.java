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
		boolean illustrative) {

	static ProjectionView of(List<Observation> observations, SeriesProjection projection) {
		TreeMap<Integer, Double> observedByYear = new TreeMap<>();
		observations.stream()
			.filter(o -> o.period().isAnnual())
			.forEach(o -> observedByYear.put(o.period().year(), o.value()));
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
				target == null ? null : target.value(), target == null ? null : target.year(), projection.illustrative());
	}
}
