package org.ots.platform.commitments;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ots.platform.indicators.Area;
import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.states.State;
import org.ots.platform.states.States;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The areas, indicators and states that commitment pages name, put into the model by code. */
@Component
class ReferenceData {

	private final IndicatorCatalog catalog;
	private final States states;

	ReferenceData(IndicatorCatalog catalog, States states) {
		this.catalog = catalog;
		this.states = states;
	}

	void addTo(Model model) {
		model.addAttribute("areas", catalog.areas());
		model.addAttribute("areaByCode", catalog.areas().stream().collect(Collectors.toMap(Area::code, Function.identity())));
		model.addAttribute("indicators", catalog.indicators());
		model.addAttribute("indicatorByCode", indicatorsByCode());
		model.addAttribute("states", states.countries());
		model.addAttribute("stateByCode", states.all().stream().collect(Collectors.toMap(State::code, Function.identity())));
	}

	private Map<String, Indicator> indicatorsByCode() {
		return catalog.indicators().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
	}
}
