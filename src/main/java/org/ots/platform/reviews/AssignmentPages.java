package org.ots.platform.reviews;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ots.platform.identity.CurrentUser;
import org.ots.platform.states.State;
import org.ots.platform.states.States;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The assignment page of a cycle: the Secretariat sees the proposal with its reasons, accepts it and changes it
 * state by state, and declares or withdraws the conflicts the proposal respects (they hold for every cycle, but
 * are managed where their effect shows); the parties of the cycle see the accepted assignment, read-only.
 */
@Controller
class AssignmentPages {

	private final ExaminerAssignments assignments;
	private final ReviewCycleService cycles;
	private final States states;

	AssignmentPages(ExaminerAssignments assignments, ReviewCycleService cycles, States states) {
		this.assignments = assignments;
		this.cycles = cycles;
		this.states = states;
	}

	@GetMapping("/reviews/{id}/assignments")
	String page(@PathVariable long id, Model model) {
		return show(id, model, null);
	}

	@PostMapping("/reviews/{id}/assignments/accept")
	String accept(@PathVariable long id, Model model) {
		try {
			assignments.accept(id);
		}
		catch (AssignmentRuleException e) {
			return show(id, model, e.notes());
		}
		return "redirect:/reviews/" + id + "/assignments?saved";
	}

	@PostMapping("/reviews/{id}/assignments/change")
	String change(@PathVariable long id, @RequestParam String state,
			@RequestParam(name = "examiners", required = false) List<String> examiners,
			@RequestParam(name = "institutions", required = false) List<Long> institutions,
			@RequestParam(required = false) String reason, @RequestParam int version, Model model) {
		try {
			assignments.change(id, state, examiners, institutions, reason, version);
		}
		catch (AssignmentRuleException e) {
			model.addAttribute("needsReason", e.needsReason());
			return show(id, model, e.notes());
		}
		catch (OptimisticLockingFailureException e) {
			return show(id, model, List.of(AssignmentPlanner.Note.of("assignments.error.changed")));
		}
		return "redirect:/reviews/" + id + "/assignments?saved";
	}

	/** Declares a conflict; the form names either an examiner state or an institution (the other left blank). */
	@PostMapping("/reviews/{id}/assignments/conflicts")
	String declareConflict(@PathVariable long id, @RequestParam(required = false) String reviewedState,
			@RequestParam(required = false) String examinerState, @RequestParam(required = false) Long institutionId,
			@RequestParam(required = false) String reason, Model model) {
		cycles.get(id);
		try {
			assignments.declareConflict(reviewedState, examinerState, institutionId, reason);
		}
		catch (AssignmentRuleException e) {
			// The form comes back as it was sent, so that a missing reason costs no retyping.
			Map<String, Object> form = new LinkedHashMap<>();
			form.put("reviewedState", reviewedState);
			form.put("examinerState", examinerState);
			form.put("institutionId", institutionId);
			form.put("reason", reason);
			model.addAttribute("conflictForm", form);
			model.addAttribute("conflictErrors", messages(e.notes()));
			return show(id, model, null);
		}
		return "redirect:/reviews/" + id + "/assignments?conflictDeclared#conflicts";
	}

	@PostMapping("/reviews/{id}/assignments/conflicts/{conflictId}/withdraw")
	String withdrawConflict(@PathVariable long id, @PathVariable long conflictId, Model model) {
		cycles.get(id);
		try {
			assignments.withdrawConflict(conflictId);
		}
		catch (AssignmentRuleException e) {
			model.addAttribute("conflictErrors", messages(e.notes()));
			return show(id, model, null);
		}
		return "redirect:/reviews/" + id + "/assignments?conflictWithdrawn#conflicts";
	}

	private String show(long id, Model model, List<AssignmentPlanner.Note> errors) {
		AssignmentView view = assignments.view(id);
		boolean secretariat = CurrentUser.get().isSecretariat();
		// Plain maps: the template engine reads only public types, and these records stay inside the package.
		model.addAttribute("cycleId", id);
		model.addAttribute("year", String.valueOf(view.cycle().year()));
		model.addAttribute("status", view.cycle().status().name());
		model.addAttribute("reviewedStates", List.copyOf(view.cycle().reviewedStates()));
		model.addAttribute("accepted", view.accepted());
		model.addAttribute("acceptedBy", view.accepted() ? view.acceptance().acceptedBy() : null);
		model.addAttribute("version", view.version());
		model.addAttribute("rows", view.rows().stream().map(r -> row(r.reviewedState(), r.examinerStates(),
				names(r.institutions(), view.institutionNames()), List.of(), r.overrideReason())).toList());
		model.addAttribute("errors", messages(errors == null ? List.of() : errors));
		model.addAttribute("proposal", null);
		model.addAttribute("conflicts", null);
		if (secretariat) {
			Map<Long, String> names = assignments.institutionNames();
			model.addAttribute("institutionNames", names);
			model.addAttribute("states", states.countries().stream().map(State::code).toList());
			model.addAttribute("conflicts", assignments.conflicts().stream().map(c -> conflict(c, names)).toList());
			if (!model.containsAttribute("conflictForm")) {
				model.addAttribute("conflictForm", Map.of());
			}
			if (!model.containsAttribute("conflictErrors")) {
				model.addAttribute("conflictErrors", List.of());
			}
			if (!view.cycle().status().isOver()) {
				model.addAttribute("proposal", assignments.propose(id).picks().stream().map(p -> row(p.reviewedState(),
						p.examinerStates(), names(p.institutions(), names), messages(p.notes()), null)).toList());
			}
		}
		return "reviews/assignment-page";
	}

	private static Map<String, Object> conflict(AssignmentStore.Declared c, Map<Long, String> names) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", c.id());
		row.put("reviewedState", c.reviewedState());
		row.put("party", c.examinerState() != null ? c.examinerState()
				: names.getOrDefault(c.institutionId(), "#" + c.institutionId()));
		row.put("reason", c.reason());
		row.put("declaredBy", c.declaredBy());
		row.put("declaredOn", c.declaredAt().atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString());
		return row;
	}

	private static Map<String, Object> row(String state, List<String> examiners, List<String> institutions,
			List<Map<String, Object>> notes, String reason) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("reviewedState", state);
		row.put("examiners", String.join(", ", examiners));
		row.put("institutions", institutions);
		row.put("notes", notes);
		row.put("reason", reason);
		return row;
	}

	private static List<String> names(List<Long> ids, Map<Long, String> names) {
		return ids.stream().map(i -> names.getOrDefault(i, "#" + i)).toList();
	}

	/** A note as the template's message lookup takes it: the key and its arguments as an array. */
	private static List<Map<String, Object>> messages(List<AssignmentPlanner.Note> notes) {
		return notes.stream().map(n -> Map.<String, Object>of("key", n.key(), "args", n.args().toArray())).toList();
	}
}
