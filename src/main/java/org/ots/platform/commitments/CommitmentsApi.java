package org.ots.platform.commitments;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The documents and commitments as JSON: read by anyone, written by the Secretariat (HTTP Basic). */
@RestController
@RequestMapping("/api/v1")
class CommitmentsApi {

	private final CommitmentRegistry registry;

	CommitmentsApi(CommitmentRegistry registry) {
		this.registry = registry;
	}

	@GetMapping("/initiatives")
	List<Initiative> initiatives() {
		return registry.initiatives();
	}

	@GetMapping("/initiatives/{code}")
	Initiative initiative(@PathVariable String code) {
		return registry.initiative(code);
	}

	@PostMapping("/initiatives")
	ResponseEntity<Initiative> createInitiative(@RequestBody InitiativeEdit edit) {
		Initiative created = registry.createInitiative(edit);
		return ResponseEntity.created(URI.create("/api/v1/initiatives/" + created.code())).body(created);
	}

	@PutMapping("/initiatives/{code}")
	Initiative updateInitiative(@PathVariable String code, @RequestBody InitiativeEdit edit) {
		return registry.updateInitiative(code, edit);
	}

	@GetMapping("/commitments")
	CommitmentPage commitments(@RequestParam(required = false) String area,
			@RequestParam(required = false) String state, @RequestParam(required = false) String initiative,
			@RequestParam(required = false) String indicator, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return registry.commitments(new CommitmentQuery(area, state, initiative, indicator), page, size);
	}

	@GetMapping("/commitments/{id}")
	Commitment commitment(@PathVariable long id) {
		return registry.commitment(id);
	}

	@PostMapping("/commitments")
	ResponseEntity<Commitment> addCommitment(@RequestBody CommitmentRequest request) {
		if (request.initiative() == null || request.initiative().isBlank()) {
			throw new InvalidCommitmentException(java.util.Map.of("initiative", "name the document by its code"));
		}
		Commitment created = registry.addCommitment(request.initiative(), request.edit());
		return ResponseEntity.created(URI.create("/api/v1/commitments/" + created.id())).body(created);
	}

	@PutMapping("/commitments/{id}")
	Commitment updateCommitment(@PathVariable long id, @RequestBody CommitmentRequest request) {
		return registry.updateCommitment(id, request.edit());
	}

	/** Removes a commitment; {@code version} is the version the caller saw, so a newer change is not lost. */
	@DeleteMapping("/commitments/{id}")
	ResponseEntity<Void> deleteCommitment(@PathVariable long id, @RequestParam int version) {
		registry.deleteCommitment(id, version);
		return ResponseEntity.noContent().build();
	}
}
