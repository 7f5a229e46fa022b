package org.ots.platform.reviews;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.ots.platform.identity.CurrentUser;
import org.ots.platform.indicators.IndicatorCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review report of one state: findings, recommendations, the factual-check annex and the meeting. */
@Controller
@RequestMapping("/reviews/{cycleId}/review/{state}")
class ReviewReportPage {

	private final ReviewReportService reports;
	private final ReviewCycleService cycles;
	private final IndicatorCatalog catalog;

	ReviewReportPage(ReviewReportService reports, ReviewCycleService cycles, IndicatorCatalog catalog) {
		this.reports = reports;
		this.cycles = cycles;
		this.catalog = catalog;
	}

	@GetMapping
	String report(@PathVariable long cycleId, @PathVariable String state, Model model) {
		String code = state.toUpperCase(Locale.ROOT);
		model.addAttribute("report", reports.report(cycleId, code));
		ReviewCycle cycle = cycles.get(cycleId);
		CurrentUser user = CurrentUser.get();
		CycleStatus status = cycle.status();
		model.addAttribute("cycle", cycle);
		model.addAttribute("state", code);
		model.addAttribute("areas", catalog.areas());
		model.addAttribute("assessments", Assessment.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("mayDraft", user.isSecretariat() && status.hasReached(CycleStatus.SECRETARIAT_ANALYSIS)
				&& !status.hasReached(CycleStatus.ADOPTED));
		model.addAttribute("mayComment", ReviewAccess.isCoordinatorOf(user, code) && status == CycleStatus.FACTUAL_CHECK);
		model.addAttribute("mayRecordMeeting", user.isSecretariat() && status.hasReached(CycleStatus.REVIEW_MEETING)
				&& !status.hasReached(CycleStatus.PUBLISHED));
		return "reviews/review-report";
	}

	@PostMapping("/findings")
	String finding(@PathVariable long cycleId, @PathVariable String state, @RequestParam(required = false) String area,
			@RequestParam(required = false) Assessment assessment, @RequestParam(required = false) String text,
			@RequestParam(required = false) String version, RedirectAttributes redirect) {
		String code = state.toUpperCase(Locale.ROOT);
		return ReviewPages.attempt(redirect, page(cycleId, code),
				() -> reports.saveFinding(cycleId, code, area, assessment, text, ReviewPages.version(version)));
	}

	@PostMapping("/recommendations")
	String recommendation(@PathVariable long cycleId, @PathVariable String state,
			@RequestParam(required = false) String area, @RequestParam(required = false) Priority priority,
			@RequestParam(required = false) String indicators, @RequestParam(required = false) LocalDate dueDate,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		String code = state.toUpperCase(Locale.ROOT);
		return ReviewPages.attempt(redirect, page(cycleId, code), () -> reports.draftRecommendation(cycleId, code, area,
				priority, indicators == null ? null : Arrays.asList(indicators.split(",")), dueDate, text));
	}

	@PostMapping("/comments")
	String comment(@PathVariable long cycleId, @PathVariable String state, @RequestParam(required = false) String area,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		String code = state.toUpperCase(Locale.ROOT);
		return ReviewPages.attempt(redirect, page(cycleId, code), () -> reports.comment(cycleId, code, area, text));
	}

	@PostMapping("/meeting")
	String meeting(@PathVariable long cycleId, @PathVariable String state,
			@RequestParam(required = false) LocalDate date, @RequestParam(required = false) String participants,
			@RequestParam(required = false) String conclusions, @RequestParam(defaultValue = "0") int version,
			RedirectAttributes redirect) {
		String code = state.toUpperCase(Locale.ROOT);
		return ReviewPages.attempt(redirect, page(cycleId, code),
				() -> reports.recordMeeting(cycleId, code, date, participants, conclusions, version));
	}

	/** The adoption form sends one field per draft, named after its code, valued AGREED or NOTED. */
	@PostMapping("/adoption")
	String adopt(@PathVariable long cycleId, @PathVariable String state, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		String code = state.toUpperCase(Locale.ROOT);
		Map<String, RecommendationStatus> decisions = new LinkedHashMap<>();
		form.forEach((key, value) -> {
			if (key.startsWith(code + "-") && ("AGREED".equals(value) || "NOTED".equals(value))) {
				decisions.put(key, RecommendationStatus.valueOf(value));
			}
		});
		return ReviewPages.attempt(redirect, page(cycleId, code), () -> reports.adopt(cycleId, code, decisions));
	}

	private static String page(long cycleId, String state) {
		return "/reviews/" + cycleId + "/review/" + state;
	}
}
