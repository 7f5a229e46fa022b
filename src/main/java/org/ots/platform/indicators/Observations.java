package org.ots.platform.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ots.platform.shared.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored observations and their earlier versions. */
@Repository
class Observations {

	private static final String COLUMNS = "id, indicator_code, state_code, period, obs_year, source, obs_value, status, note, "
			+ "reference, illustrative, changed_by, changed_at, version";

	private final JdbcClient jdbc;

	Observations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Observation> findById(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM observation WHERE id = ?").param(id).query(Observations::map).optional();
	}

	Optional<Observation> findByKey(String indicator, String state, String period, String source) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM observation WHERE indicator_code = ? AND state_code = ? AND period = ? AND source = ?")
			.params(indicator, state, period, source)
			.query(Observations::map)
			.optional();
	}

	/** Every source's value for one indicator, state and period, the reference first. */
	List<Observation> allSources(String indicator, String state, String period) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM observation WHERE indicator_code = ? AND state_code = ? AND period = ?"
				+ " ORDER BY reference DESC, source")
			.params(indicator, state, period)
			.query(Observations::map)
			.list();
	}

	/** The reference values of an indicator, for the given states (all when empty), by state and period. */
	List<Observation> referenceSeries(String indicator, Collection<String> states) {
		String stateFilter = states.isEmpty() ? "" : " AND state_code IN (:states)";
		JdbcClient.StatementSpec spec = jdbc.sql("SELECT " + COLUMNS
				+ " FROM observation WHERE indicator_code = :indicator AND reference = TRUE" + stateFilter
				+ " ORDER BY state_code, period")
			.param("indicator", indicator);
		if (!states.isEmpty()) {
			spec = spec.param("states", states);
		}
		return spec.query(Observations::map).list();
	}

	/** The annual reference values of several indicators, every state and year, in one query. */
	List<Observation> annualReferenceValues(Collection<String> indicators) {
		if (indicators.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM observation WHERE indicator_code IN (:indicators)"
				+ " AND reference = TRUE AND LENGTH(period) = 4 ORDER BY obs_year, state_code, indicator_code")
			.param("indicators", indicators)
			.query(Observations::map)
			.list();
	}

	/** All values of one state for the indicators of one area in a range of years, for the data entry grid. */
	List<Observation> forGrid(String state, Collection<String> indicators, int fromYear, int toYear) {
		if (indicators.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM observation WHERE state_code = :state AND indicator_code IN (:indicators)"
				+ " AND obs_year BETWEEN :from AND :to ORDER BY indicator_code, period, reference DESC, source")
			.param("state", state)
			.param("indicators", indicators)
			.param("from", fromYear)
			.param("to", toYear)
			.query(Observations::map)
			.list();
	}

	long insert(Observation o, Long importId) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO observation (indicator_code, state_code, period, obs_year, source, obs_value, status, note,
				  reference, illustrative, changed_by, changed_at, import_id, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(o.indicatorCode(), o.stateCode(), o.period().code(), o.period().year(), o.source(), o.value(),
					o.status().name(), o.note(), o.reference(), o.illustrative(), o.changedBy(), utc(o.changedAt()),
					importId)
			.update(keys, "id");
		return keys.getKeyAs(Long.class) != null ? keys.getKeyAs(Long.class) : keys.getKey().longValue();
	}

	/** Writes new content if nobody changed the row since {@code expectedVersion}; false when somebody did. */
	boolean update(long id, int expectedVersion, double value, ObservationStatus status, String note, boolean reference,
			String by, Instant at) {
		return jdbc.sql("""
				UPDATE observation SET obs_value = ?, status = ?, note = ?, reference = ?, illustrative = FALSE,
				  changed_by = ?, changed_at = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(value, status.name(), note, reference, by, utc(at), id, expectedVersion)
			.update() == 1;
	}

	boolean delete(long id, int expectedVersion) {
		return jdbc.sql("DELETE FROM observation WHERE id = ? AND version = ?").params(id, expectedVersion).update() == 1;
	}

	/** Keeps the version being replaced, with who replaced it and when. */
	void archive(Observation old, String supersededBy, Instant at, String changeKind) {
		jdbc.sql("""
				INSERT INTO observation_history (observation_id, indicator_code, state_code, period, source, obs_value, status,
				  note, reference, version, changed_by, changed_at, superseded_by, superseded_at, change_kind)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(old.id(), old.indicatorCode(), old.stateCode(), old.period().code(), old.source(), old.value(),
					old.status().name(), old.note(), old.reference(), old.version(), old.changedBy(),
					utc(old.changedAt()), supersededBy, utc(at), changeKind)
			.update();
	}

	/** Earlier versions of the values of one indicator, state and period (all sources), newest first. */
	List<HistoryEntry> history(String indicator, String state, String period) {
		return jdbc.sql("""
				SELECT source, obs_value, status, note, reference, version, changed_by, changed_at, superseded_by,
				  superseded_at, change_kind
				FROM observation_history WHERE indicator_code = ? AND state_code = ? AND period = ?
				ORDER BY superseded_at DESC, id DESC""")
			.params(indicator, state, period)
			.query((rs, n) -> new HistoryEntry(rs.getString("source"), rs.getDouble("obs_value"),
					ObservationStatus.valueOf(rs.getString("status")), rs.getString("note"), rs.getBoolean("reference"),
					rs.getInt("version"), rs.getString("changed_by"), instant(rs, "changed_at"),
					rs.getString("superseded_by"), instant(rs, "superseded_at"), rs.getString("change_kind")))
			.list();
	}

	void clearReference(String indicator, String state, String period) {
		jdbc.sql("UPDATE observation SET reference = FALSE, version = version + 1"
				+ " WHERE indicator_code = ? AND state_code = ? AND period = ? AND reference = TRUE")
			.params(indicator, state, period)
			.update();
	}

	void makeReference(long id) {
		jdbc.sql("UPDATE observation SET reference = TRUE, version = version + 1 WHERE id = ?").param(id).update();
	}

	static Observation map(ResultSet rs, int row) throws SQLException {
		return new Observation(rs.getLong("id"), rs.getString("indicator_code"), rs.getString("state_code"),
				new Period(rs.getString("period"), rs.getInt("obs_year")), rs.getString("source"),
				rs.getDouble("obs_value"), ObservationStatus.valueOf(rs.getString("status")), rs.getString("note"),
				rs.getBoolean("reference"), rs.getBoolean("illustrative"), rs.getString("changed_by"),
				instant(rs, "changed_at"), rs.getInt("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
