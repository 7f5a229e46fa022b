package org.ots.platform.indicators;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ots.platform.states.States;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import tools.jackson.databind.json.JsonMapper;

/** The public pages of the framework: all indicators by area, and one indicator with its chart and values. */
@Controller
class IndicatorPages {

	private final IndicatorCatalog catalog;
	private final Observations observations;
	private final ValueQueries queries;
	private final States states;
	private final JsonMapper json;

	IndicatorPages(IndicatorCatalog catalog, Observations observations, ValueQueries queries, States states,
			JsonMapper json) {
		this.catalog = catalog;
		this.observations = observations;
		this.queries = queries;
		this.states = states;
		this.json = json;
	}

	@GetMapping("/indicators")
	String list(Model model) {
		Map<String, List<Indicator>> byArea = new java.util.LinkedHashMap<>();
		catalog.areas().forEach(area -> byArea.put(area.code(), catalog.indicatorsOf(area.code())));
		model.addAttribute("areas", catalog.areas());
		model.addAttribute("indicatorsByArea", byArea);
		model.addAttribute("counts", queries.countsByIndicator());
		return "indicators/list";
	}

	@GetMapping("/indicators/{code}")
	String indicator(@PathVariable String code, Model model, Locale locale) {
		Indicator indicator = catalog.get(code);
		SeriesView series = series(indicator, locale);
		model.addAttribute("indicator", indicator);
		model.addAttribute("area", catalog.areas().stream().filter(a -> a.code().equals(indicator.areaCode())).findFirst().orElse(null));
		model.addAttribute("targets", catalog.targetsOf(indicator.code()));
		model.addAttribute("series", series);
		model.addAttribute("chartJson", json.writeValueAsString(series.chart()));
		model.addAttribute("states", states);
		return "indicators/indicator";
	}

	/** The chart's data for other clients (and for reloading the chart without the page). */
	@GetMapping(path = "/indicators/{code}/series.json", produces = "application/json")
	@ResponseBody
	SeriesView.Chart seriesJson(@PathVariable String code, Locale locale) {
		return series(catalog.get(code), locale).chart();
	}

	private SeriesView series(Indicator indicator, Locale locale) {
		return SeriesView.of(observations.referenceSeries(indicator.code(), List.of()), states, locale);
	}
}
