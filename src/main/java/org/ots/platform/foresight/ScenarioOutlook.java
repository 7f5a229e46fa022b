package org.ots.platform.foresight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.indicators.Observation;
import org.ots.platform.states.State;
import org.ots.platform.states.States;
import org.springframework.stereotype.Service;

/**
 * What a scenario's assumptions give over today's data: per path, the values year by year beside the baseline
 * projection, and whether the series would meet its target under the scenario. Computed on every reading from the
 * observed values, so a scenario never holds figures of its own that could drift from (or be mistaken for) the
 * published ones.
 */
@Service
class ScenarioOutlook {

	private final IndicatorCatalog catalog;
	private final States states;
	private final ObservedSeries observed;
	private final TargetOutlook baseline;

	ScenarioOutlook(IndicatorCatalog catalog, States states, ObservedSeries observed, TargetOutlook baseline) {
		this.catalog = catalog;
		this.states = states;
		this.observed = observed;
		this.baseline = baseline;
	}

	/**
	 * One path over the data.
	 *
	 * @param observed the series' annual values, oldest first, which the path continues
	 * @param start the last observed value the path starts from; null if the series has lost its values since
	 * @param years the scenario's values after {@code start}; empty when the data have gone past its last point
	 * @param projection the baseline projection of the series, if any
	 * @param valueInTargetYear the scenario's value in the target's year, if the path reaches it
	 * @param meetsTarget whether that value meets the target (null without a target or a value in its year)
	 */
	record PathOutlook(ScenarioPath path, Indicator indicator, State state, List<Observation> observed,
			Observation start, List<ScenarioYear> years, SeriesProjection projection, Double valueInTargetYear,
			Boolean meetsTarget) {

		public boolean anyLimited() {
			return years.stream().anyMatch(ScenarioYear::limited);
		}

		/** The baseline's year beside the scenario's, or null where the projection does not reach. */
		public ProjectedYear baselineIn(int year) {
			return projection == null ? null : projection.year(year).orElse(null);
		}
	}

	List<PathOutlook> of(Scenario scenario) {
		return scenario.paths().stream().map(this::of).toList();
	}

	PathOutlook of(ScenarioPath path) {
		Indicator indicator = catalog.get(path.indicator());
		State state = states.get(path.state());
		List<Observation> values = observed.values(path.indicator(), path.state());
		Optional<Observation> start = values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
		List<ScenarioYear> years = start
			.map(s -> ScenarioArithmetic.values(path, s.period().year(), s.value(), ObservedSeries.traits(indicator)))
			.orElse(List.of());
		SeriesProjection projection = baseline.find(path.indicator(), path.state()).orElse(null);
		SeriesProjection.SeriesTarget target = projection == null ? null : projection.target();
		Double inTargetYear = target == null ? null
				: years.stream().filter(y -> y.year() == target.year()).map(ScenarioYear::value).findFirst().orElse(null);
		Boolean meets = inTargetYear == null ? null
				: "DECREASE".equals(target.direction()) ? inTargetYear <= target.value() : inTargetYear >= target.value();
		return new PathOutlook(path, indicator, state, values, start.orElse(null), years, projection, inTargetYear,
				meets);
	}

	/**
	 * The chart of one series: its data, the baseline fan, and the given paths over it (all of that series, named by
	 * their scenario's title), from what the outlooks already read.
	 */
	static ProjectionView chart(Map<String, PathOutlook> paths) {
		PathOutlook any = paths.values().iterator().next();
		ProjectionView view = any.projection() == null ? ProjectionView.ofData(any.observed())
				: ProjectionView.of(any.observed(), any.projection());
		Map<String, List<ScenarioYear>> lines = new LinkedHashMap<>();
		paths.forEach((name, outlook) -> lines.put(name, outlook.years()));
		return view.withScenarios(lines);
	}
}
