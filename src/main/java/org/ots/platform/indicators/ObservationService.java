package org.ots.platform.indicators;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ots.platform.identity.AuditTrail;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering, correcting and removing single values. Every change keeps the replaced version in the history,
 * is audited, and fails instead of overwriting a change someone else saved meanwhile.
 */
@Service
public class ObservationService {

	private final Observations observations;
	private final ObservationValidator validator;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ObservationService(Observations observations, ObservationValidator validator, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.observations = observations;
		this.validator = validator;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** What a save did: the stored observation and any warnings about it. */
	public record Saved(Observation observation, List<String> warnings) {
	}

	/**
	 * Saves a new value or a correction of an existing one (same indicator, state, period and source).
	 * @throws InvalidObservationException when the value is refused, with the reasons per field
	 * @throws ConflictingEditException when someone else saved this value after {@code edit.expectedVersion}
	 * @throws AccessDeniedException when the user may not write data of this state
	 */
	@Transactional
	public Saved save(ObservationEdit edit) {
		CurrentUser user = CurrentUser.get();
		if (!user.mayWriteDataOf(edit.stateCode())) {
			throw new AccessDeniedException("You may enter data only for your own state.");
		}
		ValueCheck result = ValueCheck.empty();
		ObservationValidator.Checked checked = validator.check(edit, result)
			.orElseThrow(() -> new InvalidObservationException(result));
		String state = edit.stateCode().trim().toUpperCase();
		var existing = observations.findByKey(checked.indicator().code(), state, checked.period().code(), checked.source());
		validator.warnIfUnusual(checked, observations.referenceSeries(checked.indicator().code(), Set.of(state)), result);
		Instant now = Instant.now(clock);
		Observation saved;
		if (existing.isEmpty()) {
			if (edit.expectedVersion() != null) {
				throw new ConflictingEditException(null, edit);
			}
			saved = insert(checked, state, user, now);
			audit.record("CREATE", "Observation", key(saved), state, null, describe(saved));
		}
		else {
			Observation before = existing.get();
			if (edit.expectedVersion() == null || edit.expectedVersion() != before.version()) {
				throw new ConflictingEditException(before, edit);
			}
			if (before.sameContent(checked.value(), checked.status(), checked.note())) {
				return new Saved(before, result.warnings());
			}
			// The version check above and this conditional update together: whoever commits second finds the
			// version moved on and is told, even when both passed the check at the same moment.
			if (!observations.update(before.id(), before.version(), checked.value(), checked.status(), checked.note(),
					before.reference(), user.username(), now)) {
				throw new ConflictingEditException(observations.findById(before.id()).orElse(null), edit);
			}
			observations.archive(before, user.username(), now, "UPDATE");
			saved = observations.findById(before.id()).orElseThrow();
			audit.record("UPDATE", "Observation", key(saved), state, describe(before), describe(saved));
		}
		events.publishEvent(new ObservationsChanged(Set.of(ObservationsChanged.seriesKey(saved.indicatorCode(), state))));
		return new Saved(saved, result.warnings());
	}

	/** Removes a value, keeping it in the history; another source's value becomes the reference if there is one. */
	@Transactional
	public void delete(long id, int expectedVersion) {
		Observation before = observations.findById(id).orElseThrow(() -> new NotFoundException("Observation", id));
		if (!CurrentUser.get().mayWriteDataOf(before.stateCode())) {
			throw new AccessDeniedException("You may change data only of your own state.");
		}
		if (!observations.delete(id, expectedVersion)) {
			throw new ConflictingEditException(before, null);
		}
		observations.archive(before, CurrentUser.get().username(), Instant.now(clock), "DELETE");
		if (before.reference()) {
			observations.allSources(before.indicatorCode(), before.stateCode(), before.period().code())
				.stream()
				.findFirst()
				.ifPresent(next -> observations.makeReference(next.id()));
		}
		audit.record("DELETE", "Observation", key(before), before.stateCode(), describe(before), null);
		events.publishEvent(new ObservationsChanged(
				Set.of(ObservationsChanged.seriesKey(before.indicatorCode(), before.stateCode()))));
	}

	/** Makes this source's value the one charts and assessments use for its indicator, state and period. */
	@Transactional
	public void markReference(long id) {
		Observation chosen = observations.findById(id).orElseThrow(() -> new NotFoundException("Observation", id));
		if (!CurrentUser.get().mayWriteDataOf(chosen.stateCode())) {
			throw new AccessDeniedException("You may change data only of your own state.");
		}
		if (chosen.reference()) {
			return;
		}
		Observation previous = observations.allSources(chosen.indicatorCode(), chosen.stateCode(), chosen.period().code())
			.stream()
			.filter(Observation::reference)
			.findFirst()
			.orElse(null);
		observations.clearReference(chosen.indicatorCode(), chosen.stateCode(), chosen.period().code());
		observations.makeReference(id);
		audit.record("SET_REFERENCE", "Observation", key(chosen), chosen.stateCode(),
				previous == null ? null : Map.of("reference", previous.source()), Map.of("reference", chosen.source()));
		events.publishEvent(new ObservationsChanged(
				Set.of(ObservationsChanged.seriesKey(chosen.indicatorCode(), chosen.stateCode()))));
	}

	private Observation insert(ObservationValidator.Checked checked, String state, CurrentUser user, Instant now) {
		boolean first = observations.allSources(checked.indicator().code(), state, checked.period().code()).isEmpty();
		Observation fresh = new Observation(null, checked.indicator().code(), state, checked.period(), checked.source(),
				checked.value(), checked.status(), checked.note(), first, false, user.username(), now, 0);
		try {
			long id = observations.insert(fresh, null);
			return observations.findById(id).orElseThrow();
		}
		catch (DuplicateKeyException e) {
			// Someone entered the same value (same source) at the same moment: theirs stands, this one is reported.
			throw new ConflictingEditException(observations
				.findByKey(fresh.indicatorCode(), state, fresh.period().code(), fresh.source())
				.orElse(null), null);
		}
	}

	static String key(Observation o) {
		return o.indicatorCode() + "|" + o.stateCode() + "|" + o.period().code() + "|" + o.source();
	}

	static Map<String, Object> describe(Observation o) {
		return Map.of("value", o.value(), "status", o.status().name(), "note", o.note() == null ? "" : o.note(),
				"reference", o.reference(), "version", o.version());
	}
}
