package org.ots.platform.foresight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ots.platform.identity.CurrentUser;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.states.States;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * The public projection pages: the list of series with the chance of meeting their targets (those at risk first),
 * and one series with its fan chart, its years and how it was computed. Indicators do not know about foresight, so
 * these pages link to the indicator page and not the other way round. Signed-in users also see the scenarios that
 * assume a path for the series, drawn beside the baseline.
 */
@Controller
class ProjectionPages {

	private final TargetOutlook outlook;
	private final IndicatorCatalog catalog;
	private final States states;
	private final JsonMapper json;
	private final Scenarios scenarios;
	private final ScenarioOutlook scenarioOutlook;

	ProjectionPages(TargetOutlook outlook, IndicatorCatalog catalog, States states, JsonMapper json,
			Scenarios scenarios, ScenarioOutlook scenarioOutlook) {
		this.outlook = outlook;
		this.catalog = catalog;
		this.states = states;
		this.json = json;
		this.scenarios = scenarios;
		this.scenarioOutlook = scenarioOutlook;
	}

	@GetMapping("/projections")
	String list(@RequestParam(required = false) String area, @RequestParam(required = false) String state,
			Model model) {
		model.addAttribute("projections", outlook.list(state, area));
		model.addAttribute("outlook", outlook);
		model.addAttribute("areas", catalog.areas());
		model.addAttribute("states", states);
		model.addAttribute("catalog", catalog);
		model.addAttribute("area", area);
		model.addAttribute("state", state);
		return "foresight/list";
	}

	@GetMapping("/projections/{indicator}/{state}")
	String projection(@PathVariable String indicator, @PathVariable String state, Model model) {
		SeriesProjection projection = outlook.get(indicator, state);
		model.addAttribute("projection", projection);
		model.addAttribute("indicator", catalog.get(indicator));
		model.addAttribute("state", states.get(state));
		model.addAttribute("atRisk", outlook.isAtRisk(projection));
		ProjectionView chart = ProjectionView.of(catalog.referenceSeries(indicator, projection.state()), projection);
		// Scenarios are working material of the signed-in: the public sees the baseline alone.
		List<Scenario> touching = CurrentUser.get().isAnonymous() ? List.of()
				: scenarios.touching(projection.indicator(), projection.state());
		if (!touching.isEmpty()) {
			Map<String, ScenarioOutlook.PathOutlook> paths = new LinkedHashMap<>();
			touching.forEach(s -> s.paths()
				.stream()
				.filter(p -> p.indicator().equals(projection.indicator()) && p.state().equals(projection.state()))
				.forEach(p -> paths.put(s.title(), scenarioOutlook.of(p))));
			chart = ScenarioOutlook.chart(paths);
		}
		model.addAttribute("scenarios", touching);
		model.addAttribute("mayWriteScenario", Scenario.mayWriteScenarios(CurrentUser.get()));
		model.addAttribute("chartJson", json.writeValueAsString(chart));
		return "foresight/projection";
	}
}
