package org.ots.platform.indicators;

import org.ots.platform.states.State;
import org.ots.platform.states.States;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A state's page: every indicator of the framework with the state's latest reference value. It lives here
 * rather than in the states module because it reads observations, and states must not depend on indicators.
 */
@Controller
class StateDataPage {

	private final States states;
	private final IndicatorCatalog catalog;
	private final ValueQueries queries;

	StateDataPage(States states, IndicatorCatalog catalog, ValueQueries queries) {
		this.states = states;
		this.catalog = catalog;
		this.queries = queries;
	}

	@GetMapping("/states/{code}")
	String state(@PathVariable String code, Model model) {
		State state = states.get(code);
		model.addAttribute("state", state);
		model.addAttribute("areas", catalog.areas());
		model.addAttribute("indicators", catalog.indicators());
		model.addAttribute("latest", queries.latestReferenceValuesOf(state.code()));
		model.addAttribute("counts", queries.countsByIndicatorOf(state.code()));
		return "states/state";
	}
}
