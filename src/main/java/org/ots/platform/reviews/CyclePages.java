package org.ots.platform.reviews;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.ots.platform.identity.CurrentUser;
import org.ots.platform.states.State;
import org.ots.platform.states.States;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review cycles: their public list, and the Secretariat's pages to plan a cycle and run it (calendar, moves,
 * postponement, withdrawal, history). Every command carries the version the page showed and comes back by
 * redirect, with the refusal as a notice when the cycle's rules or a concurrent change stop it.
 */
@Controller
@RequestMapping("/reviews")
class CyclePages {

	private final ReviewCycleService service;
	private final States states;
	private final java.time.Clock clock;
	private final MessageSource messages;

	CyclePages(ReviewCycleService service, States states, java.time.Clock clock, MessageSource messages) {
		this.service = service;
		this.states = states;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("cycles", service.all());
		return "reviews/cycle-list";
	}

	@GetMapping("/new")
	String newCycle(Model model) {
		requireSecretariat();
		return form(model, new CycleForm(LocalDate.now(clock).getYear() + 1, "", defaultStates(), ObserverPolicy.READ_ONLY,
				QuestionsFrom.EXAMINERS_AND_MEMBERS), null);
	}

	@PostMapping
	String open(@RequestParam(required = false) String year, @RequestParam(required = false) String meetingDate,
			@RequestParam(name = "states", required = false) List<String> chosen,
			@RequestParam(required = false) ObserverPolicy observerPolicy,
			@RequestParam(required = false) QuestionsFrom questionsFrom, Model model) {
		requireSecretariat();
		Set<String> picked = chosen == null ? Set.of() : new TreeSet<>(chosen);
		CycleForm form = new CycleForm(parseYear(year), meetingDate == null ? "" : meetingDate, picked,
				observerPolicy == null ? ObserverPolicy.READ_ONLY : observerPolicy,
				questionsFrom == null ? QuestionsFrom.EXAMINERS_AND_MEMBERS : questionsFrom);
		if (form.year() == null) {
			return form(model, form, "cycle.error.year");
		}
		LocalDate meeting = date(meetingDate);
		if (meeting == null) {
			return form(model, form, "cycle.error.date");
		}
		if (picked.isEmpty()) {
			return form(model, form, "cycle.error.states");
		}
		try {
			ReviewCycle cycle = service.open(form.year(), meeting, picked, form.observerPolicy(), form.questionsFrom());
			return "redirect:/reviews/" + cycle.id() + "?saved";
		}
		catch (CycleRuleException e) {
			model.addAttribute("refusal", refusal(e));
			return form(model, form, null);
		}
	}

	@GetMapping("/{id}")
	String cycle(@PathVariable long id, Model model) {
		requireSecretariat();
		ReviewCycle cycle = service.get(id);
		model.addAttribute("cycle", cycle);
		model.addAttribute("stoppedAt", cycle.resumeStatus());
		model.addAttribute("history", service.history(id).stream().map(HistoryRow::of).toList());
		model.addAttribute("kinds", DeadlineKind.values());
		model.addAttribute("askers", QuestionsFrom.values());
		model.addAttribute("reports", reportColumn(cycle, service.reportStatuses(id)));
		// the move to SUBMITTED asks for a reason only when reports are missing
		model.addAttribute("missingReports", cycle.status() == CycleStatus.SELF_ASSESSMENT
				? List.copyOf(service.missingReports(id)) : List.of());
		return "reviews/cycle";
	}

	@PostMapping("/{id}/advance")
	String advance(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Integer version, RedirectAttributes flash) {
		return command(id, flash, () -> service.advance(id, reason, version));
	}

	@PostMapping("/{id}/postpone")
	String postpone(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Integer version, RedirectAttributes flash) {
		return command(id, flash, () -> service.postpone(id, reason, version));
	}

	@PostMapping("/{id}/resume")
	String resume(@PathVariable long id, @RequestParam(required = false) String meetingDate,
			@RequestParam(required = false) Integer version, RedirectAttributes flash) {
		LocalDate meeting = meetingDate == null || meetingDate.isBlank() ? null : date(meetingDate);
		if (meeting == null && meetingDate != null && !meetingDate.isBlank()) {
			return refused(id, flash, "cycle.error.date");
		}
		return command(id, flash, () -> service.resume(id, meeting, version));
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Integer version, RedirectAttributes flash) {
		return command(id, flash, () -> service.withdraw(id, reason, version));
	}

	@PostMapping("/{id}/questions-from")
	String letQuestionsFrom(@PathVariable long id, @RequestParam(required = false) QuestionsFrom questionsFrom,
			@RequestParam(required = false) Integer version, RedirectAttributes flash) {
		return command(id, flash, () -> service.letQuestionsFrom(id, questionsFrom, version));
	}

	@PostMapping("/{id}/deadlines")
	String moveDeadline(@PathVariable long id, @RequestParam DeadlineKind kind, @RequestParam(required = false) String date,
			@RequestParam(required = false) Integer version, RedirectAttributes flash) {
		LocalDate due = date(date);
		if (due == null) {
			return refused(id, flash, "cycle.error.date");
		}
		return command(id, flash, () -> service.moveDeadline(id, kind, due, version));
	}

	private String command(long id, RedirectAttributes flash, Supplier<ReviewCycle> command) {
		requireSecretariat();
		try {
			command.get();
			flash.addFlashAttribute("notice", "cycle.saved");
		}
		catch (CycleRuleException e) {
			flash.addFlashAttribute("refusal", refusal(e));
		}
		catch (OptimisticLockingFailureException e) {
			flash.addFlashAttribute("problem", "cycle.error.stale");
		}
		return "redirect:/reviews/" + id;
	}

	/**
	 * What the cycle page says of each state's national report: its status, or, once the cycle has gone on to
	 * SUBMITTED, "no report" for a state whose report was not submitted (the Secretariat went on without it).
	 */
	private static Map<String, String> reportColumn(ReviewCycle cycle, Map<String, ReportStatus> statuses) {
		boolean due = cycle.status().hasReached(CycleStatus.SUBMITTED)
				|| (cycle.status() == CycleStatus.POSTPONED && cycle.resumeStatus().hasReached(CycleStatus.SUBMITTED));
		Map<String, String> column = new TreeMap<>();
		for (String state : cycle.reviewedStates()) {
			ReportStatus status = statuses.get(state);
			column.put(state, status == ReportStatus.SUBMITTED ? "SUBMITTED"
					: due ? "NONE" : status == null ? "NOT_STARTED" : status.name());
		}
		return column;
	}

	/**
	 * The refusal in the reader's language when the rule gave it a key (statuses named as the page names them), and
	 * in English, as the API says it, otherwise.
	 */
	private String refusal(CycleRuleException e) {
		if (e.key() == null) {
			return e.getMessage();
		}
		Locale locale = LocaleContextHolder.getLocale();
		Object[] args = e.args().stream().map(a -> argument(a, locale)).toArray();
		return messages.getMessage(e.key(), args, e.getMessage(), locale);
	}

	private Object argument(Object argument, Locale locale) {
		if (argument instanceof CycleStatus status) {
			return messages.getMessage("cycle.status." + status.name(), null, status.name(), locale);
		}
		if (argument instanceof List<?> list) {
			return String.join(", ", list.stream().map(a -> String.valueOf(argument(a, locale))).toList());
		}
		return argument == null ? "" : argument.toString();
	}

	private String refused(long id, RedirectAttributes flash, String messageKey) {
		requireSecretariat();
		flash.addFlashAttribute("problem", messageKey);
		return "redirect:/reviews/" + id;
	}

	private String form(Model model, CycleForm form, String problem) {
		model.addAttribute("form", form);
		model.addAttribute("countries", states.countries());
		model.addAttribute("policies", ObserverPolicy.values());
		model.addAttribute("askers", QuestionsFrom.values());
		model.addAttribute("problem", problem);
		return "reviews/cycle-form";
	}

	private Set<String> defaultStates() {
		Set<String> members = new TreeSet<>();
		states.countries().stream().filter(State::isMember).forEach(s -> members.add(s.code()));
		return members;
	}

	private static Integer parseYear(String year) {
		try {
			int value = Integer.parseInt(year == null ? "" : year.trim());
			return value >= 2000 && value <= 9999 ? value : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static void requireSecretariat() {
		if (!CurrentUser.get().isSecretariat()) {
			throw new AccessDeniedException("Only the Secretariat runs the review cycle.");
		}
	}

	/** A recorded move as the history table shows it, the time in UTC to the minute. */
	record HistoryRow(String at, String by, CycleStatus from, CycleStatus to, String reason) {

		static HistoryRow of(ReviewCycle.Transition t) {
			String at = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
				.format(t.at().atOffset(java.time.ZoneOffset.UTC));
			return new HistoryRow(at, t.by(), t.from(), t.to(), t.reason());
		}
	}

	/** What the planning form shows (again, after a refusal). */
	record CycleForm(Integer year, String meetingDate, Set<String> states, ObserverPolicy observerPolicy,
			QuestionsFrom questionsFrom) {
	}
}
