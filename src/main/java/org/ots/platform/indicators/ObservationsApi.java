package org.ots.platform.indicators;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ots.platform.shared.NotFoundException;
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

@RestController
@RequestMapping("/api/v1/observations")
@Tag(name = "Observations", description = "Values of indicators per state and period; the Secretariat writes any state's, "
		+ "a national coordinator only its own state's")
class ObservationsApi {

	private final ObservationService service;
	private final Observations observations;
	private final ObservationQuery query;

	ObservationsApi(ObservationService service, Observations observations, ObservationQuery query) {
		this.service = service;
		this.observations = observations;
		this.query = query;
	}

	/** A new value: numbers may be sent as JSON numbers or as text ("1 234,5"). */
	record NewObservation(String indicatorCode, String stateCode, String period, String source, String value,
			String status, String note) {
	}

	/** A correction of a stored value; {@code version} is the version the caller read. */
	record Correction(String value, String status, String note, Integer version) {
	}

	/** What a write stored, and warnings about values that look unusual but were saved. */
	record Saved(ObservationJson observation, List<String> warnings) {
	}

	@GetMapping
	@Operation(summary = "Search observations; years from and to are inclusive")
	ApiPage<ObservationJson> search(@RequestParam(required = false) String indicator,
			@RequestParam(required = false) String state, @RequestParam(required = false) String area,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			@RequestParam(required = false) String source, @RequestParam(defaultValue = "false") boolean referenceOnly,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		return query.search(new ObservationQuery.Filter(indicator, state, area, from, to, source, referenceOnly), page, size);
	}

	@GetMapping("/{id}")
	ObservationJson one(@PathVariable long id) {
		return ObservationJson.of(find(id));
	}

	@PostMapping
	@Operation(summary = "Enter a new value (422 with the reason per field when refused)")
	ResponseEntity<Saved> create(@RequestBody NewObservation body) {
		ObservationService.Saved saved = service.save(new ObservationEdit(body.indicatorCode(), body.stateCode(),
				body.period(), body.source(), body.value(), body.status(), body.note(), null));
		return ResponseEntity.created(URI.create("/api/v1/observations/" + saved.observation().id()))
			.body(new Saved(ObservationJson.of(saved.observation()), saved.warnings()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Correct a value; 409 with both versions when someone else changed it since you read it")
	Saved correct(@PathVariable long id, @RequestBody Correction body) {
		Observation stored = find(id);
		if (body.version() == null) {
			ValueCheck check = ValueCheck.empty();
			check.error("version", "send the version you read (it is now " + stored.version() + ")");
			throw new InvalidObservationException(check);
		}
		ObservationService.Saved saved = service.save(new ObservationEdit(stored.indicatorCode(), stored.stateCode(),
				stored.period().code(), stored.source(), body.value(), body.status(), body.note(), body.version()));
		return new Saved(ObservationJson.of(saved.observation()), saved.warnings());
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Remove a value (kept in its history)")
	ResponseEntity<Void> delete(@PathVariable long id, @RequestParam int version) {
		service.delete(id, version);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/reference")
	@Operation(summary = "Make this source's value the reference for its indicator, state and period")
	ObservationJson markReference(@PathVariable long id) {
		service.markReference(id);
		return ObservationJson.of(find(id));
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Earlier versions of this value, newest first")
	List<HistoryEntry> history(@PathVariable long id) {
		List<HistoryEntry> history = query.history(id);
		if (history.isEmpty() && observations.findById(id).isEmpty()) {
			throw new NotFoundException("Observation", id);
		}
		return history;
	}

	private Observation find(long id) {
		return observations.findById(id).orElseThrow(() -> new NotFoundException("Observation", id));
	}
}
