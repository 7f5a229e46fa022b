package org.ots.platform.monitoring;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ots.platform.indicators.Area;
import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.indicators.Observation;
import org.ots.platform.states.State;
import org.ots.platform.states.States;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public pages of progress: the scoreboard, a state's profile, the comparison of the states on one indicator
 * and the explanation of one status. They show published data only, which today is all data; nothing is written
 * here. Sorting and filtering are plain links and forms, so they work without JavaScript.
 */
@Controller
class ProgressPages {

	private final ProgressViews views;
	private final ProgressMonitor monitor;
	private final IndicatorCatalog catalog;
	private final States states;
	private final JsonMapper json;
	private final ScoreboardCache boards;

	ProgressPages(ProgressViews views, ProgressMonitor monitor, IndicatorCatalog catalog, States states,
			JsonMapper json, ScoreboardCache boards) {
		this.views = views;
		this.boards = boards;
		this.monitor = monitor;
		this.catalog = catalog;
		this.states = states;
		this.json = json;
	}

	@GetMapping("/scoreboard")
	String scoreboard(@RequestParam(required = false) String area, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String sort, Locale locale, HttpServletRequest request, Model model) {
		Scoreboard board = views.scoreboard(area, year, sort);
		model.addAttribute("board", board);
		model.addAttribute("boardTable", boards.table(board, locale, request.getContextPath()));
		model.addAttribute("areas", views.areas());
		model.addAttribute("statuses", ProgressStatus.values());
		return "monitoring/scoreboard";
	}

	/** The profile sits beside the state's own page ({@code /states/{code}}, which the indicators module serves). */
	@GetMapping("/states/{code}/profile")
	String profile(@PathVariable String code, Locale locale, Model model) {
		State state = states.get(code);
		Map<Area, List<ProgressViews.ProfileEntry>> profile = views.profile(state, locale);
		model.addAttribute("state", state);
		model.addAttribute("profile", profile);
		model.addAttribute("json", json);
		model.addAttribute("statuses", ProgressStatus.values());
		return "monitoring/profile";
	}

	@GetMapping("/compare/{indicator}")
	String compare(@PathVariable String indicator, Locale locale, Model model) {
		Indicator known = catalog.get(indicator);
		List<Observation> series = catalog.referenceSeries(known.code());
		model.addAttribute("indicator", known);
		model.addAttribute("rows", views.comparison(known, series));
		model.addAttribute("chartJson", json.writeValueAsString(views.chart(series, locale)));
		return "monitoring/compare";
	}

	@GetMapping("/progress/{indicator}/{state}")
	String explanation(@PathVariable String indicator, @PathVariable String state, Model model) {
		ProgressAssessment assessment = monitor.get(indicator, state);
		model.addAttribute("a", assessment);
		model.addAttribute("indicator", catalog.get(indicator));
		model.addAttribute("state", states.get(state));
		model.addAttribute("cssClass", Scoreboard.cssClassOf(assessment.status()));
		return "monitoring/progress";
	}
}
