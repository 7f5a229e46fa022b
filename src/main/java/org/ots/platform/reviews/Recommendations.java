package org.ots.platform.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** All recommendations, with the history of their status. */
@Repository
class Recommendations {

	private final JdbcClient jdbc;

	Recommendations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Recommendation> find(long id) {
		return jdbc.sql("SELECT * FROM recommendation WHERE id = ?").param(id).query(this::map).optional();
	}

	Optional<Recommendation> findByCode(String code) {
		return jdbc.sql("SELECT * FROM recommendation WHERE code = ?").param(code).query(this::map).optional();
	}

	List<Recommendation> of(long cycleId, String state) {
		return jdbc.sql("SELECT * FROM recommendation WHERE cycle_id = ? AND state_code = ? ORDER BY code")
			.params(cycleId, state)
			.query(this::map)
			.list();
	}

	/** The recommendations of published cycles (PUBLISHED or later on the main line), optionally filtered. */
	List<Recommendation> published(String state, String area, List<String> publishedStatuses) {
		StringBuilder sql = new StringBuilder("""
				SELECT r.* FROM recommendation r JOIN review_cycle c ON c.id = r.cycle_id
				WHERE c.status IN (:statuses) AND r.status <> 'DRAFT'""");
		if (state != null) {
			sql.append(" AND r.state_code = :state");
		}
		if (area != null) {
			sql.append(" AND r.area_code = :area");
		}
		sql.append(" ORDER BY r.state_code, r.cycle_year, r.code");
		var spec = jdbc.sql(sql.toString()).param("statuses", publishedStatuses);
		if (state != null) {
			spec = spec.param("state", state);
		}
		if (area != null) {
			spec = spec.param("area", area);
		}
		return spec.query(this::map).list();
	}

	/** The next free sequence number for a state's recommendations of a year in an area. */
	int nextSequence(String state, int year, String area) {
		return jdbc.sql("SELECT COALESCE(MAX(sequence_no), 0) + 1 FROM recommendation WHERE state_code = ? AND cycle_year = ? AND area_code = ?")
			.params(state, year, area)
			.query(Integer.class)
			.single();
	}

	long insert(Recommendation r, int sequence) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO recommendation (code, cycle_id, cycle_year, state_code, area_code, sequence_no, priority, indicators,
				  due_date, body, status, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(r.code(), r.cycleId(), r.year(), r.state(), r.area(), sequence, r.priority().name(),
					String.join(",", r.indicators()), r.dueDate(), r.text(), r.status().name())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		writeEvents(id, r);
		return id;
	}

	/** Stores the new status if nobody changed the recommendation since it was read. */
	void update(Recommendation r) {
		int rows = jdbc.sql("UPDATE recommendation SET status = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(r.status().name(), r.id(), r.version())
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("Recommendation " + r.code() + " was changed meanwhile.");
		}
		writeEvents(r.id(), r);
	}

	List<Recommendation.Event> history(long id) {
		return jdbc.sql("SELECT * FROM recommendation_event WHERE recommendation_id = ? ORDER BY id")
			.param(id)
			.query((rs, n) -> new Recommendation.Event(status(rs.getString("from_status")),
					RecommendationStatus.valueOf(rs.getString("to_status")), Asserter.valueOf(rs.getString("asserted_as")),
					rs.getString("asserted_by"), rs.getString("evidence"), rs.getString("period_code"),
					rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

	private void writeEvents(long id, Recommendation r) {
		r.newEvents().forEach(e -> jdbc.sql("""
				INSERT INTO recommendation_event (recommendation_id, from_status, to_status, asserted_as, asserted_by, evidence,
				  period_code, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, e.from() == null ? null : e.from().name(), e.to().name(), e.assertedAs().name(), e.assertedBy(),
					e.evidence(), e.period(), e.at().atOffset(ZoneOffset.UTC))
			.update());
		r.newEvents().clear();
	}

	private Recommendation map(ResultSet rs, int row) throws SQLException {
		String indicators = rs.getString("indicators");
		return new Recommendation(rs.getLong("id"), rs.getString("code"), rs.getLong("cycle_id"), rs.getInt("cycle_year"),
				rs.getString("state_code"), rs.getString("area_code"), Priority.valueOf(rs.getString("priority")),
				indicators == null || indicators.isBlank() ? List.of() : Arrays.asList(indicators.split(",")),
				rs.getObject("due_date", LocalDate.class), rs.getString("body"),
				RecommendationStatus.valueOf(rs.getString("status")), rs.getInt("version"));
	}

	private static RecommendationStatus status(String name) {
		return name == null ? null : RecommendationStatus.valueOf(name);
	}
}
