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
	 * @param start the last observed value the path starts from; null if the series has lost its values since
	 * @param years the scenario's values after {@code start}; empty when the data have gone past its last point
	 * @param projection the baseline projection of the series, if any
	 * @param valueInTargetYear the scenario's value in the target's year, if the path reaches it
	 * @param meetsTarget whether that value meets the target (null without a target or a value in its year)
	 */
	record PathOutlook(ScenarioPath path, Indicator indicator, State state, Observation start, List<ScenarioYear> years,
			SeriesProjection projection, Double valueInTargetYear, Boolean meetsTarget) {

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
		Optional<Observation> start = observed.last(path.indicator(), path.state());
		List<ScenarioYear> years = start
			.map(s -> ScenarioArithmetic.values(path, s.period().year(), s.value(), ObservedSeries.traits(indicator)))
			.orElse(List.of());
		SeriesProjection projection = baseline.find(path.indicator(), path.state()).orElse(null);
		SeriesProjection.SeriesTarget target = projection == null ? null : projection.target();
		Double inTargetYear = target == null ? null
				: years.stream().filter(y -> y.year() == target.year()).map(ScenarioYear::value).findFirst().orElse(null);
		Boolean meets = inTargetYear == null ? null
				: "DECREASE".equals(target.direction()) ? inTargetYear <= target.value() : inTargetYear >= target.value();
		return new PathOutlook(path, indicator, state, start.orElse(null), years, projection, inTargetYear, meets);
	}

	/**
	 * The chart of one series: its data, the baseline fan, and the paths of the given scenarios for that series
	 * (named by the scenario's title).
	 */
	ProjectionView chart(String indicator, String state, Map<String, ScenarioPath> paths) {
		SeriesProjection projection = baseline.find(indicator, state).orElse(null);
		List<Observation> values = observed.values(indicator, state);
		ProjectionView view = projection == null ? ProjectionView.ofData(values) : ProjectionView.of(values, projection);
		Map<String, List<ScenarioYear>> lines = new LinkedHashMap<>();
		paths.forEach((name, path) -> lines.put(name, of(path).years()));
		return view.withScenarios(lines);
	}
}
