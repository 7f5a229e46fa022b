package org.ots.platform.reviews;

import java.util.List;

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
 * state by state; the parties of the cycle see the accepted assignment, read-only.
 */
@Controller
class AssignmentPages {

	private final ExaminerAssignments assignments;
	private final States states;

	AssignmentPages(ExaminerAssignments assignments, States states) {
		this.assignments = assignments;
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

	private String show(long id, Model model, List<AssignmentPlanner.Note> errors) {
		AssignmentView view = assignments.view(id);
		boolean secretariat = CurrentUser.get().isSecretariat();
		model.addAttribute("view", view);
		model.addAttribute("year", String.valueOf(view.cycle().year()));
		model.addAttribute("secretariat", secretariat);
		model.addAttribute("errors", errors == null ? List.of() : errors);
		if (secretariat && !view.cycle().status().isOver()) {
			model.addAttribute("proposal", assignments.propose(id));
			model.addAttribute("institutionNames", assignments.institutionNames());
			model.addAttribute("states", states.countries().stream().map(State::code).toList());
		}
		return "reviews/assignment-page";
	}
}
