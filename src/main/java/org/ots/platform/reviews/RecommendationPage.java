package org.ots.platform.reviews;

import java.util.List;
import java.util.Locale;

import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.states.States;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public board of published recommendations, one recommendation with its history, and its follow-up form. */
@Controller
@RequestMapping("/recommendations")
class RecommendationPage {

	private final RecommendationService service;
	private final IndicatorCatalog catalog;
	private final States states;

	RecommendationPage(RecommendationService service, IndicatorCatalog catalog, States states) {
		this.service = service;
		this.catalog = catalog;
		this.states = states;
	}

	@GetMapping
	String board(@RequestParam(required = false) String state, @RequestParam(required = false) String area,
			Model model) {
		model.addAttribute("rows", service.board(state, area));
		model.addAttribute("recommendations", service.published(state, area));
		model.addAttribute("states", states.countries());
		model.addAttribute("areas", catalog.areas());
		model.addAttribute("state", state);
		model.addAttribute("area", area);
		return "reviews/recommendation-board";
	}

	@GetMapping("/{code}")
	String one(@PathVariable String code, Model model) {
		Recommendation r = service.get(code.toUpperCase(Locale.ROOT));
		model.addAttribute("recommendation", r);
		model.addAttribute("history", service.history(r.code()));
		List<RecommendationStatus> moves = service.movesOpenTo(r);
		model.addAttribute("mayReport", !moves.isEmpty());
		model.addAttribute("statuses", moves);
		return "reviews/recommendation-detail";
	}

	@PostMapping("/{code}/status")
	String move(@PathVariable String code, @RequestParam(required = false) RecommendationStatus status,
			@RequestParam(required = false) String evidence, @RequestParam(required = false) String period,
			@RequestParam(required = false) String version, RedirectAttributes redirect) {
		String upper = code.toUpperCase(Locale.ROOT);
		return ReviewPages.attempt(redirect, "/recommendations/" + upper,
				() -> service.move(upper, status, evidence, period, ReviewPages.version(version)));
	}
}
