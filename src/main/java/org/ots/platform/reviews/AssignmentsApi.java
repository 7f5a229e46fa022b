package org.ots.platform.reviews;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ots.platform.reviews.AssignmentPlanner.Note;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Examiner assignments over JSON. The accepted assignment is read by the Secretariat and the parties of the cycle,
 * and by everybody once the cycle is published; proposals, acceptance, changes and conflicts are the Secretariat's.
 */
@RestController
class AssignmentsApi {

	record Change(List<String> examinerStates, List<Long> institutions, String reason, Integer version) {
	}

	record ConflictRequest(String reviewedState, String examinerState, Long institutionId, String reason) {
	}

	private final ExaminerAssignments assignments;
	private final MessageSource messages;

	AssignmentsApi(ExaminerAssignments assignments, MessageSource messages) {
		this.assignments = assignments;
		this.messages = messages;
	}

	@GetMapping("/api/v1/cycles/{id}/assignments")
	Map<String, Object> assignment(@PathVariable long id) {
		return json(assignments.view(id));
	}

	@GetMapping("/api/v1/cycles/{id}/assignments/proposal")
	Map<String, Object> proposal(@PathVariable long id) {
		AssignmentPlanner.Proposal proposal = assignments.propose(id);
		Map<Long, String> names = assignments.institutionNames();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("cycleId", id);
		body.put("year", proposal.year());
		body.put("assignments", proposal.picks().stream().map(p -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("reviewedState", p.reviewedState());
			row.put("examinerStates", p.examinerStates());
			row.put("institutions", institutions(p.institutions(), names));
			row.put("explanation", p.notes().stream().map(this::text).toList());
			return row;
		}).toList());
		body.put("stateLoads", proposal.stateLoads());
		body.put("institutionLoads", proposal.institutionLoads());
		return body;
	}

	/** Accepts the proposal as it stands now. */
	@PostMapping("/api/v1/cycles/{id}/assignments/proposal")
	Map<String, Object> accept(@PathVariable long id) {
		assignments.accept(id);
		return json(assignments.view(id));
	}

	@PutMapping("/api/v1/cycles/{id}/assignments/{state}")
	Map<String, Object> change(@PathVariable long id, @PathVariable String state, @RequestBody Change change) {
		if (change.version() == null) {
			throw new AssignmentRuleException("assignments.error.version",
					"Send the version of the assignment you read, so that no other change is overwritten.");
		}
		assignments.change(id, state, change.examinerStates(), change.institutions(), change.reason(), change.version());
		return json(assignments.view(id));
	}

	@PostMapping("/api/v1/assignment-conflicts")
	ResponseEntity<Map<String, Object>> declare(@RequestBody ConflictRequest request) {
		long id = assignments.declareConflict(request.reviewedState(), request.examinerState(), request.institutionId(),
				request.reason());
		return ResponseEntity.created(URI.create("/api/v1/assignment-conflicts/" + id)).body(Map.of("id", id));
	}

	@GetMapping("/api/v1/assignment-conflicts")
	List<Map<String, Object>> conflicts() {
		Map<Long, String> names = assignments.institutionNames();
		return assignments.conflicts().stream().map(c -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", c.id());
			row.put("reviewedState", c.reviewedState());
			row.put("examinerState", c.examinerState());
			row.put("institution", c.institutionId() == null ? null
					: Map.of("id", c.institutionId(), "name", names.getOrDefault(c.institutionId(), "#" + c.institutionId())));
			row.put("reason", c.reason());
			row.put("declaredBy", c.declaredBy());
			row.put("declaredAt", c.declaredAt().toString());
			return row;
		}).toList();
	}

	@DeleteMapping("/api/v1/assignment-conflicts/{conflictId}")
	ResponseEntity<Void> withdraw(@PathVariable long conflictId) {
		assignments.withdrawConflict(conflictId);
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(AssignmentRuleException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(422), e.getMessage());
		problem.setTitle(e.needsReason() ? "A reason is needed" : "Not allowed by the assignment rules");
		problem.setType(URI.create("about:blank"));
		problem.setProperty("rules", e.notes().stream().map(this::text).toList());
		problem.setProperty("reasonLiftsRefusal", e.needsReason());
		return ResponseEntity.status(422).body(problem);
	}

	private Map<String, Object> json(AssignmentView view) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("cycleId", view.cycle().id());
		body.put("year", view.cycle().year());
		body.put("status", view.cycle().status().name());
		body.put("accepted", view.accepted());
		body.put("version", view.accepted() ? view.version() : null);
		body.put("acceptedBy", view.accepted() ? view.acceptance().acceptedBy() : null);
		body.put("assignments", view.rows().stream().map(r -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("reviewedState", r.reviewedState());
			row.put("examinerStates", r.examinerStates());
			row.put("institutions", institutions(r.institutions(), view.institutionNames()));
			row.put("overrideReason", r.overrideReason());
			return row;
		}).toList());
		return body;
	}

	private static List<Map<String, Object>> institutions(List<Long> ids, Map<Long, String> names) {
		return ids.stream().map(i -> Map.<String, Object>of("id", i, "name", names.getOrDefault(i, "#" + i))).toList();
	}

	private String text(Note note) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(note.key(), note.args().toArray(), note.key(), locale);
	}
}
