package org.ots.platform.reviews;

import java.util.List;
import java.util.Locale;

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

/** The thread of written questions to a reviewed state: read it, ask, answer, accept a late one. */
@Controller
@RequestMapping("/reviews/{cycleId}/questions/{state}")
class QuestionPage {

	private final QuestionService questions;
	private final ReviewCycleService cycles;
	private final ReviewAccess access;
	private final IndicatorCatalog catalog;

	QuestionPage(QuestionService questions, ReviewCycleService cycles, ReviewAccess access, IndicatorCatalog catalog) {
		this.questions = questions;
		this.cycles = cycles;
		this.access = access;
		this.catalog = catalog;
	}

	@GetMapping
	String thread(@PathVariable long cycleId, @PathVariable String state, Model model) {
		String code = state.toUpperCase(Locale.ROOT);
		ReviewCycle cycle = cycles.get(cycleId);
		CurrentUser user = CurrentUser.get();
		boolean mayAsk = cycle.status() == CycleStatus.QUESTIONS_OPEN && access.mayAsk(user, cycle, code);
		// in a cycle where only the examiners ask, a member state that would ask otherwise is told so
		boolean examinersOnly = cycle.status() == CycleStatus.QUESTIONS_OPEN
				&& access.keptOutByExaminersOnly(user, cycle, code);
		// a member state that has not asked yet gets the form to ask (or the reason it may not), not the others' thread
		boolean hidden = (mayAsk || examinersOnly) && !access.maySeeThread(user, cycle, code);
		model.addAttribute("questions", hidden ? List.of() : questions.thread(cycleId, code));
		model.addAttribute("hidden", hidden);
		model.addAttribute("cycle", cycle);
		model.addAttribute("state", code);
		model.addAttribute("areas", catalog.areas());
		model.addAttribute("mayAsk", mayAsk);
		model.addAttribute("examinersOnly", examinersOnly);
		model.addAttribute("mayAnswer", ReviewAccess.isCoordinatorOf(user, code)
				&& (cycle.status() == CycleStatus.QUESTIONS_OPEN || cycle.status() == CycleStatus.ANSWERS_DUE));
		model.addAttribute("secretariat", user.isSecretariat());
		return "reviews/question-thread";
	}

	@PostMapping
	String ask(@PathVariable long cycleId, @PathVariable String state, @RequestParam(required = false) String area,
			@RequestParam(required = false) String question, RedirectAttributes redirect) {
		String code = state.toUpperCase(Locale.ROOT);
		try {
			return ReviewPages.attempt(redirect, page(cycleId, code), () -> questions.ask(cycleId, code, area, question));
		}
		catch (ExaminersOnlyAskException e) {
			redirect.addFlashAttribute("error", e.getMessage());
			return "redirect:" + page(cycleId, code);
		}
	}

	@PostMapping("/{questionId}/answer")
	String answer(@PathVariable long cycleId, @PathVariable String state, @PathVariable long questionId,
			@RequestParam(required = false) String answer, @RequestParam(required = false) String version,
			RedirectAttributes redirect) {
		return ReviewPages.attempt(redirect, page(cycleId, state.toUpperCase(Locale.ROOT)),
				() -> questions.answer(questionId, answer, ReviewPages.version(version)));
	}

	@PostMapping("/{questionId}/accept-late")
	String acceptLate(@PathVariable long cycleId, @PathVariable String state, @PathVariable long questionId,
			RedirectAttributes redirect) {
		return ReviewPages.attempt(redirect, page(cycleId, state.toUpperCase(Locale.ROOT)),
				() -> questions.acceptLate(questionId));
	}

	private static String page(long cycleId, String state) {
		return "/reviews/" + cycleId + "/questions/" + state;
	}
}
