package org.ots.platform.reviews;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ots.platform.reviews.AssignmentPlanner.Conflict;
import org.ots.platform.reviews.AssignmentPlanner.Past;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accepted assignments (table review_assignment), their version per cycle, and the declared conflicts. */
@Repository
class AssignmentStore {

	/** One reviewed state's accepted assignment. */
	record Stored(String reviewedState, List<String> examinerStates, List<Long> institutions, String overrideReason) {
	}

	record Acceptance(String acceptedBy, Instant acceptedAt, int version) {
	}

	/** A declared conflict as the Secretariat lists it: either the examiner state or the institution is set. */
	record Declared(long id, String reviewedState, String examinerState, Long institutionId, String reason,
			String declaredBy, Instant declaredAt) {
	}

	private final JdbcClient jdbc;

	AssignmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Conflict> conflicts() {
		return jdbc.sql("SELECT reviewed_state, examiner_state, institution_id, reason FROM assignment_conflict ORDER BY id")
			.query((rs, n) -> new Conflict(rs.getString("reviewed_state"), rs.getString("examiner_state"),
					(Long) rs.getObject("institution_id", Long.class), rs.getString("reason")))
			.list();
	}

	/** Every declared conflict, by reviewed state, then in the order of declaration. */
	List<Declared> declaredConflicts() {
		return jdbc.sql("""
				SELECT id, reviewed_state, examiner_state, institution_id, reason, declared_by, declared_at
				FROM assignment_conflict ORDER BY reviewed_state, id""")
			.query((rs, n) -> declared(rs))
			.list();
	}

	Optional<Declared> declaredConflict(long id) {
		return jdbc.sql("""
				SELECT id, reviewed_state, examiner_state, institution_id, reason, declared_by, declared_at
				FROM assignment_conflict WHERE id = ?""")
			.param(id)
			.query((rs, n) -> declared(rs))
			.optional();
	}

	/**
	 * Whether the same party is already declared in conflict with the state. The caller holds the lock of
	 * {@link #lockConflictsOf(String)}, so that two declarations of the same conflict at once do not both pass.
	 */
	boolean conflictExists(String reviewedState, String examinerState, Long institutionId) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM assignment_conflict WHERE reviewed_state = ?
				AND (examiner_state = ? OR institution_id = ?)""")
			.params(reviewedState, examinerState, institutionId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Serialises the declarations concerning one reviewed state. The table has no unique key over the party (one of
	 * two nullable columns), so the reviewed state's own row is locked for the rest of the transaction instead.
	 */
	void lockConflictsOf(String reviewedState) {
		jdbc.sql("SELECT code FROM state WHERE code = ? FOR UPDATE").param(reviewedState).query(String.class).list();
	}

	/** Removes a declared conflict; false if it was already gone (withdrawn by someone else meanwhile). */
	boolean withdrawConflict(long id) {
		return jdbc.sql("DELETE FROM assignment_conflict WHERE id = ?").param(id).update() > 0;
	}

	private static Declared declared(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Declared(rs.getLong("id"), rs.getString("reviewed_state"), rs.getString("examiner_state"),
				rs.getObject("institution_id", Long.class), rs.getString("reason"), rs.getString("declared_by"),
				rs.getObject("declared_at", java.time.OffsetDateTime.class).toInstant());
	}

	long declareConflict(String reviewedState, String examinerState, Long institutionId, String reason, String by,
			Instant now) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO assignment_conflict (reviewed_state, examiner_state, institution_id, reason, declared_by, declared_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(reviewedState, examinerState, institutionId, reason, by, now.atOffset(ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** What the cycles of the years before this one (within the planner's window) assigned; withdrawn ones do not count. */
	List<Past> history(int year) {
		Map<String, Past> byCycleAndState = new TreeMap<>();
		jdbc.sql("""
				SELECT c.cycle_year, a.reviewed_state, a.examiner_state, a.institution_id
				FROM review_assignment a JOIN review_cycle c ON c.id = a.cycle_id
				WHERE c.cycle_year < ? AND c.cycle_year >= ? AND c.status <> 'WITHDRAWN'
				ORDER BY c.cycle_year, a.reviewed_state, a.id""")
			.params(year, year - AssignmentPlanner.WINDOW)
			.query((rs, n) -> {
				int y = rs.getInt("cycle_year");
				String state = rs.getString("reviewed_state");
				Past past = byCycleAndState.computeIfAbsent(y + "/" + state,
						k -> new Past(y, state, new TreeSet<>(), new TreeSet<>()));
				String examiner = rs.getString("examiner_state");
				if (examiner != null) {
					past.examinerStates().add(examiner);
				}
				Long institution = rs.getObject("institution_id", Long.class);
				if (institution != null) {
					past.institutions().add(institution);
				}
				return past;
			})
			.list();
		return new ArrayList<>(byCycleAndState.values());
	}

	Optional<Acceptance> acceptance(long cycleId) {
		return jdbc.sql("SELECT accepted_by, accepted_at, version FROM cycle_assignment WHERE cycle_id = ?")
			.param(cycleId)
			.query((rs, n) -> new Acceptance(rs.getString("accepted_by"),
					rs.getObject("accepted_at", java.time.OffsetDateTime.class).toInstant(), rs.getInt("version")))
			.optional();
	}

	/** The accepted assignment of a cycle, by reviewed state. */
	Map<String, Stored> assignment(long cycleId) {
		Map<String, List<String>> examiners = new TreeMap<>();
		Map<String, List<Long>> institutions = new HashMap<>();
		Map<String, String> reasons = new HashMap<>();
		jdbc.sql("SELECT reviewed_state, examiner_state, institution_id, override_reason FROM review_assignment"
				+ " WHERE cycle_id = ? ORDER BY reviewed_state, examiner_state, institution_id")
			.param(cycleId)
			.query((rs, n) -> {
				String state = rs.getString("reviewed_state");
				examiners.computeIfAbsent(state, k -> new ArrayList<>());
				institutions.computeIfAbsent(state, k -> new ArrayList<>());
				if (rs.getString("examiner_state") != null) {
					examiners.get(state).add(rs.getString("examiner_state"));
				}
				Long institution = rs.getObject("institution_id", Long.class);
				if (institution != null) {
					institutions.get(state).add(institution);
				}
				if (rs.getString("override_reason") != null) {
					reasons.put(state, rs.getString("override_reason"));
				}
				return state;
			})
			.list();
		Map<String, Stored> result = new TreeMap<>();
		examiners.forEach((state, list) -> result.put(state,
				new Stored(state, list, institutions.get(state), reasons.get(state))));
		return result;
	}

	/** Replaces the whole assignment of a cycle by an accepted proposal (which breaks no rule, so has no reason). */
	void acceptAll(long cycleId, Map<String, Stored> picks, String by, Instant now) {
		jdbc.sql("DELETE FROM review_assignment WHERE cycle_id = ?").param(cycleId).update();
		picks.values().forEach(p -> insert(cycleId, p));
		int updated = jdbc.sql("UPDATE cycle_assignment SET accepted_by = ?, accepted_at = ?, version = version + 1"
				+ " WHERE cycle_id = ?")
			.params(by, now.atOffset(ZoneOffset.UTC), cycleId)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO cycle_assignment (cycle_id, accepted_by, accepted_at, version) VALUES (?, ?, ?, 0)")
				.params(cycleId, by, now.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	/** Replaces one reviewed state's assignment, if nobody changed the cycle's assignment since it was read. */
	void replace(long cycleId, Stored pick, int expectedVersion) {
		int updated = jdbc.sql("UPDATE cycle_assignment SET version = version + 1 WHERE cycle_id = ? AND version = ?")
			.params(cycleId, expectedVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException(
					"The assignment was changed by someone else meanwhile. Reload it to see the change.");
		}
		jdbc.sql("DELETE FROM review_assignment WHERE cycle_id = ? AND reviewed_state = ?")
			.params(cycleId, pick.reviewedState())
			.update();
		insert(cycleId, pick);
	}

	private void insert(long cycleId, Stored pick) {
		for (String examiner : Set.copyOf(pick.examinerStates())) {
			jdbc.sql("INSERT INTO review_assignment (cycle_id, reviewed_state, examiner_state, override_reason) VALUES (?, ?, ?, ?)")
				.params(cycleId, pick.reviewedState(), examiner, pick.overrideReason())
				.update();
		}
		for (Long institution : Set.copyOf(pick.institutions())) {
			jdbc.sql("INSERT INTO review_assignment (cycle_id, reviewed_state, institution_id, override_reason) VALUES (?, ?, ?, ?)")
				.params(cycleId, pick.reviewedState(), institution, pick.overrideReason())
				.update();
		}
	}
}
