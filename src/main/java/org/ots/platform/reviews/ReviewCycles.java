package org.ots.platform.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** All review cycles, with their calendars, reviewed states and recorded moves. */
@Repository
class ReviewCycles {

	private final JdbcClient jdbc;

	ReviewCycles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ReviewCycle> all() {
		return jdbc.sql("SELECT * FROM review_cycle ORDER BY cycle_year DESC").query(this::map).list();
	}

	Optional<ReviewCycle> find(long id) {
		return jdbc.sql("SELECT * FROM review_cycle WHERE id = ?").param(id).query(this::map).optional();
	}

	Optional<ReviewCycle> findByYear(int year) {
		return jdbc.sql("SELECT * FROM review_cycle WHERE cycle_year = ?").param(year).query(this::map).optional();
	}

	/** Stores a new cycle and returns its id. */
	long insert(ReviewCycle cycle) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO review_cycle (cycle_year, status, meeting_date, observer_policy, questions_from, resume_status, side_reason,
				  created_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, 0)""")
			.params(cycle.year(), cycle.status().name(), cycle.meetingDate(), cycle.observerPolicy().name(),
					cycle.questionsFrom().name(), name(cycle.resumeStatus()), cycle.sideReason())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		writeChildren(id, cycle);
		return id;
	}

	/** Writes the cycle's changes if nobody else changed it since it was read. */
	void update(ReviewCycle cycle) {
		int rows = jdbc.sql("""
				UPDATE review_cycle SET status = ?, meeting_date = ?, observer_policy = ?, questions_from = ?, resume_status = ?,
				  side_reason = ?, adopted_on = ?, published_late = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(cycle.status().name(), cycle.meetingDate(), cycle.observerPolicy().name(),
					cycle.questionsFrom().name(), name(cycle.resumeStatus()), cycle.sideReason(), cycle.adoptedOn(), cycle.publishedLate(), cycle.id(),
					cycle.version())
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException(
					"The cycle was changed by someone else meanwhile. Reload it to see the change.");
		}
		jdbc.sql("DELETE FROM cycle_deadline WHERE cycle_id = ?").param(cycle.id()).update();
		jdbc.sql("DELETE FROM cycle_state WHERE cycle_id = ?").param(cycle.id()).update();
		writeChildren(cycle.id(), cycle);
	}

	List<ReviewCycle.Transition> transitions(long cycleId) {
		return jdbc.sql("SELECT * FROM cycle_transition WHERE cycle_id = ? ORDER BY id")
			.param(cycleId)
			.query((rs, n) -> new ReviewCycle.Transition(status(rs.getString("from_status")),
					CycleStatus.valueOf(rs.getString("to_status")), rs.getString("moved_by"),
					rs.getObject("moved_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("reason")))
			.list();
	}

	private void writeChildren(long id, ReviewCycle cycle) {
		cycle.deadlines().forEach((kind, date) -> jdbc.sql("INSERT INTO cycle_deadline (cycle_id, kind, due_date) VALUES (?, ?, ?)")
			.params(id, kind.name(), date)
			.update());
		cycle.reviewedStates().forEach(state -> jdbc.sql("INSERT INTO cycle_state (cycle_id, state_code) VALUES (?, ?)")
			.params(id, state)
			.update());
		cycle.newTransitions().forEach(t -> jdbc.sql("""
				INSERT INTO cycle_transition (cycle_id, from_status, to_status, moved_by, moved_at, reason)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id, name(t.from()), t.to().name(), t.by(), t.at().atOffset(ZoneOffset.UTC), t.reason())
			.update());
		cycle.newTransitions().clear();
	}

	private ReviewCycle map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		Map<DeadlineKind, LocalDate> deadlines = new EnumMap<>(DeadlineKind.class);
		jdbc.sql("SELECT kind, due_date FROM cycle_deadline WHERE cycle_id = ?")
			.param(id)
			.query((r, n) -> Map.entry(DeadlineKind.valueOf(r.getString("kind")), r.getObject("due_date", LocalDate.class)))
			.list()
			.forEach(e -> deadlines.put(e.getKey(), e.getValue()));
		Set<String> states = new TreeSet<>(jdbc.sql("SELECT state_code FROM cycle_state WHERE cycle_id = ?")
			.param(id)
			.query(String.class)
			.list());
		return new ReviewCycle(id, rs.getInt("cycle_year"), CycleStatus.valueOf(rs.getString("status")),
				rs.getObject("meeting_date", LocalDate.class), ObserverPolicy.valueOf(rs.getString("observer_policy")),
				status(rs.getString("resume_status")), rs.getString("side_reason"), states, deadlines,
				rs.getInt("version"), rs.getObject("adopted_on", LocalDate.class), rs.getBoolean("published_late"),
				QuestionsFrom.valueOf(rs.getString("questions_from")));
	}

	private static CycleStatus status(String name) {
		return name == null ? null : CycleStatus.valueOf(name);
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}
}
