package org.ots.platform.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The written questions of all cycles. */
@Repository
class WrittenQuestions {

	private final JdbcClient jdbc;

	WrittenQuestions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<WrittenQuestion> thread(long cycleId, String state) {
		return jdbc.sql("SELECT * FROM written_question WHERE cycle_id = ? AND reviewed_state = ? ORDER BY area_code, id")
			.params(cycleId, state)
			.query(this::map)
			.list();
	}

	Optional<WrittenQuestion> find(long id) {
		return jdbc.sql("SELECT * FROM written_question WHERE id = ?").param(id).query(this::map).optional();
	}

	boolean hasAsked(String username, long cycleId, String state) {
		return jdbc.sql("SELECT COUNT(*) FROM written_question WHERE asked_by = ? AND cycle_id = ? AND reviewed_state = ?")
			.params(username, cycleId, state)
			.query(Long.class)
			.single() > 0;
	}

	long ask(long cycleId, String state, String area, String by, String askerState, String question, Instant at,
			boolean late) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO written_question (cycle_id, reviewed_state, area_code, asked_by, asker_state, question, asked_at, asked_late)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(cycleId, state, area, by, askerState, question, at.atOffset(ZoneOffset.UTC), late)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void answer(WrittenQuestion q, String answer, String by, Instant at, boolean late) {
		checked(jdbc.sql("""
				UPDATE written_question SET answer = ?, answered_by = ?, answered_at = ?, answered_late = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(answer, by, at.atOffset(ZoneOffset.UTC), late, q.id(), q.version())
			.update());
	}

	void acceptLate(WrittenQuestion q) {
		checked(jdbc.sql("UPDATE written_question SET late_accepted = TRUE, version = version + 1 WHERE id = ? AND version = ?")
			.params(q.id(), q.version())
			.update());
	}

	private static void checked(int rows) {
		if (rows == 0) {
			throw new OptimisticLockingFailureException("The question was changed by someone else meanwhile.");
		}
	}

	private WrittenQuestion map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime answered = rs.getObject("answered_at", OffsetDateTime.class);
		return new WrittenQuestion(rs.getLong("id"), rs.getLong("cycle_id"), rs.getString("reviewed_state"),
				rs.getString("area_code"), rs.getString("asked_by"), rs.getString("asker_state"), rs.getString("question"),
				rs.getObject("asked_at", OffsetDateTime.class).toInstant(), rs.getBoolean("asked_late"),
				rs.getString("answer"), rs.getString("answered_by"), answered == null ? null : answered.toInstant(),
				rs.getBoolean("answered_late"), rs.getBoolean("late_accepted"), rs.getInt("version"));
	}
}
