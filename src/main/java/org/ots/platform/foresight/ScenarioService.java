package org.ots.platform.foresight;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ots.platform.identity.AuditTrail;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing scenarios: the Secretariat and experts only, an expert changing only the scenarios the expert wrote.
 * Every save is a new version (the old ones stay readable), audited and announced; a save based on a version
 * that is no longer the current one is refused, never written over it.
 */
@Service
class ScenarioService {

	private final Scenarios scenarios;
	private final ScenarioValidator validator;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ScenarioService(Scenarios scenarios, ScenarioValidator validator, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.scenarios = scenarios;
		this.validator = validator;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	List<Scenario> all() {
		return scenarios.current();
	}

	/** A version of a scenario, or its current one when {@code version} is null. */
	Scenario get(long id, Integer version) {
		return scenarios.find(id, version)
			.orElseThrow(() -> new NotFoundException("Scenario", version == null ? id : id + " v" + version));
	}

	List<Scenario> versions(long id) {
		return scenarios.versions(id);
	}

	@Transactional
	Scenario create(ScenarioEdit edit) {
		CurrentUser user = writer();
		ScenarioValidator.Checked checked = validator.check(edit);
		Instant now = Instant.now(clock);
		long id = scenarios.insert(user.username(), now);
		return saveVersion(id, 0, checked, user, now, "CREATE", null);
	}

	@Transactional
	Scenario update(long id, ScenarioEdit edit) {
		Scenario before = changeable(id, edit.expectedVersion());
		ScenarioValidator.Checked checked = validator.check(edit);
		return saveVersion(id, before.version(), checked, CurrentUser.get(), Instant.now(clock), "UPDATE",
				before.describe());
	}

	@Transactional
	Scenario withdraw(long id, Integer expectedVersion, String reason) {
		Scenario before = changeable(id, expectedVersion);
		String why = reason == null || reason.isBlank() ? null : reason.trim();
		if (why != null && why.length() > 1000) {
			throw new ScenarioInputException(java.util.Map.of("reason", "scenarios.error.reason.tooLong"));
		}
		CurrentUser user = CurrentUser.get();
		if (!scenarios.withdraw(id, before.version(), user.username(), why, Instant.now(clock))) {
			throw new ScenarioConflictException();
		}
		Scenario after = get(id, null);
		audit.record("WITHDRAW", "Scenario", id, null, before.describe(), "withdrawn: " + (why == null ? "" : why));
		events.publishEvent(new ScenarioWithdrawn(id, after.version(), user.username(), why));
		return after;
	}

	private Scenario saveVersion(long id, int expected, ScenarioValidator.Checked checked, CurrentUser user,
			Instant now, String action, String before) {
		int version = expected + 1;
		// The conditional move of the current version comes first: of two writers who read the same version, the
		// second waits for the first and then finds it moved, so nothing is written over.
		if (!scenarios.advance(id, expected, version)) {
			throw new ScenarioConflictException();
		}
		scenarios.insertVersion(id, version, checked.title(), checked.rationale(), user.username(), now,
				checked.paths());
		Scenario saved = get(id, version);
		audit.record(action, "Scenario", id, null, before, saved.describe());
		events.publishEvent(new ScenarioSaved(id, version, saved.title(), user.username()));
		return saved;
	}

	private Scenario changeable(long id, Integer expectedVersion) {
		CurrentUser user = writer();
		Scenario current = get(id, null);
		if (!current.mayBeChangedBy(user)) {
			throw new AccessDeniedException(current.isWithdrawn() ? "A withdrawn scenario takes no new version."
					: "An expert changes only the scenarios the expert wrote.");
		}
		if (expectedVersion == null || expectedVersion != current.version()) {
			throw new ScenarioConflictException();
		}
		return current;
	}

	static CurrentUser writer() {
		CurrentUser user = CurrentUser.get();
		if (!Scenario.mayWriteScenarios(user)) {
			throw new AccessDeniedException("Scenarios are written by the Secretariat and experts.");
		}
		return user;
	}
}
