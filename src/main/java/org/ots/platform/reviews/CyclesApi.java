package org.ots.platform.reviews;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ots.platform.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Review cycles as JSON: their public facts read by anyone, the Secretariat's commands over HTTP Basic. Every
 * command takes the optional {@code version} the caller last read, so a stale client is refused (409).
 */
@RestController
@RequestMapping("/api/v1/cycles")
class CyclesApi {

	/**
	 * A new cycle; without states, all members (and observers when the policy reviews them); without
	 * questionsFrom, the examiners and the other member states ask.
	 */
	record NewCycle(Integer year, LocalDate meetingDate, Set<String> states, ObserverPolicy observerPolicy,
			QuestionsFrom questionsFrom) {
	}

	/**
	 * The fields of a command; each command reads those it needs. The reason of an advance is needed only to go on
	 * to SUBMITTED without some national reports.
	 */
	record Command(String reason, LocalDate meetingDate, LocalDate date, QuestionsFrom questionsFrom, Integer version) {
	}

	private final ReviewCycleService service;

	CyclesApi(ReviewCycleService service) {
		this.service = service;
	}

	@GetMapping
	List<CycleJson> cycles() {
		boolean secretariat = CurrentUser.get().isSecretariat();
		return service.all().stream().map(c -> CycleJson.of(c, secretariat)).toList();
	}

	@GetMapping("/{id}")
	CycleJson cycle(@PathVariable long id) {
		return json(service.get(id));
	}

	@PostMapping
	ResponseEntity<CycleJson> open(@RequestBody NewCycle request) {
		if (!CurrentUser.get().isSecretariat()) {
			throw new org.springframework.security.access.AccessDeniedException("Only the Secretariat opens a review cycle.");
		}
		if (request.year() == null || request.meetingDate() == null) {
			throw new CycleRuleException("Give the year and the meeting date (yyyy-mm-dd) of the cycle.");
		}
		ReviewCycle cycle = service.open(request.year(), request.meetingDate(), request.states(), request.observerPolicy(),
				request.questionsFrom());
		return ResponseEntity.created(URI.create("/api/v1/cycles/" + cycle.id())).body(json(cycle));
	}

	@PostMapping("/{id}/advance")
	CycleJson advance(@PathVariable long id, @RequestBody(required = false) Command command) {
		return json(service.advance(id, command == null ? null : command.reason(), version(command)));
	}

	@PostMapping("/{id}/postpone")
	CycleJson postpone(@PathVariable long id, @RequestBody(required = false) Command command) {
		return json(service.postpone(id, command == null ? null : command.reason(), version(command)));
	}

	@PostMapping("/{id}/resume")
	CycleJson resume(@PathVariable long id, @RequestBody(required = false) Command command) {
		return json(service.resume(id, command == null ? null : command.meetingDate(), version(command)));
	}

	@PostMapping("/{id}/withdraw")
	CycleJson withdraw(@PathVariable long id, @RequestBody(required = false) Command command) {
		return json(service.withdraw(id, command == null ? null : command.reason(), version(command)));
	}

	@PutMapping("/{id}/questions-from")
	CycleJson letQuestionsFrom(@PathVariable long id, @RequestBody Command command) {
		return json(service.letQuestionsFrom(id, command.questionsFrom(), command.version()));
	}

	@PutMapping("/{id}/deadlines/{kind}")
	CycleJson moveDeadline(@PathVariable long id, @PathVariable DeadlineKind kind, @RequestBody Command command) {
		return json(service.moveDeadline(id, kind, command.date(), command.version()));
	}

	private static Integer version(Command command) {
		return command == null ? null : command.version();
	}

	private static CycleJson json(ReviewCycle cycle) {
		return CycleJson.of(cycle, CurrentUser.get().isSecretariat());
	}
}
