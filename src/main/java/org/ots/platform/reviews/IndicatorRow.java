package org.ots.platform.reviews;

import java.util.List;
import java.util.Objects;

import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.Observation;
import org.ots.platform.indicators.Target;
import org.ots.platform.monitoring.ProgressStatus;

/**
 * One line of a section's indicator table, filled from the reference values: the baseline, the latest value, the
 * target that applies to the state (its own, else the one for all states) and the change since the baseline,
 * each value with its source, and the series' progress status as monitoring assessed it (Open SDG method; null
 * while not assessed). Values are absent when the state has none.
 */
record IndicatorRow(Indicator indicator, Observation baseline, Observation latest, Target target, Double change,
		ProgressStatus progress) {

	static IndicatorRow of(Indicator indicator, List<Observation> series, List<Target> targets, String state,
			Integer baselineYear, ProgressStatus progress) {
		Observation baseline = series.stream()
			.filter(o -> baselineYear == null || o.period().year() >= baselineYear)
			.findFirst()
			.orElse(null);
		Observation latest = series.isEmpty() ? null : series.get(series.size() - 1);
		Target target = targets.stream()
			.filter(t -> state.equals(t.stateCode()))
			.findFirst()
			.orElseGet(() -> targets.stream().filter(t -> t.stateCode() == null).findFirst().orElse(null));
		Double change = baseline == null || latest == null || Objects.equals(baseline.id(), latest.id()) ? null
				: latest.value() - baseline.value();
		return new IndicatorRow(indicator, baseline, latest, target, change, progress);
	}
}
