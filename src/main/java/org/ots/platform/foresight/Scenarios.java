package org.ots.platform.foresight;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored scenarios: each version with its paths and points, never updated once written. */
@Repository
class Scenarios {

	private static final String VERSION_COLUMNS = """
			s.id, v.version, s.current_version, v.title, v.rationale, s.author, s.created_at, v.saved_by, v.saved_at,
			s.withdrawn_at, s.withdrawn_by, s.withdrawn_reason""";

	private final JdbcClient jdbc;

	Scenarios(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new scenario without a version yet (current version 0); its id. */
	long insert(String author, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO scenario (current_version, author, created_at) VALUES (0, ?, ?)")
			.params(author, utc(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/**
	 * Makes {@code version} the current one if the current one is still {@code expected}: false when someone saved
	 * (or withdrew) meanwhile, so that the caller refuses instead of writing over it.
	 */
	boolean advance(long id, int expected, int version) {
		return jdbc.sql("UPDATE scenario SET current_version = ? WHERE id = ? AND current_version = ? AND withdrawn_at IS NULL")
			.params(version, id, expected)
			.update() == 1;
	}

	void insertVersion(long id, int version, String title, String rationale, String savedBy, Instant savedAt,
			List<ScenarioPath> paths) {
		jdbc.sql("INSERT INTO scenario_version (scenario_id, version, title, rationale, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, version, title, rationale, savedBy, utc(savedAt))
			.update();
		for (int position = 0; position < paths.size(); position++) {
			ScenarioPath path = paths.get(position);
			jdbc.sql("INSERT INTO scenario_path (scenario_id, version, position, indicator_code, state_code, kind) VALUES (?, ?, ?, ?, ?, ?)")
				.params(id, version, position, path.indicator(), path.state(), path.kind().name())
				.update();
			for (Map.Entry<Integer, Double> point : path.points().entrySet()) {
				jdbc.sql("INSERT INTO scenario_point (scenario_id, version, position, point_year, point_value) VALUES (?, ?, ?, ?, ?)")
					.params(id, version, position, point.getKey(), point.getValue())
					.update();
			}
		}
	}

	boolean withdraw(long id, int expected, String by, String reason, Instant at) {
		return jdbc.sql("""
				UPDATE scenario SET withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ?
				WHERE id = ? AND current_version = ? AND withdrawn_at IS NULL""")
			.params(utc(at), by, reason, id, expected)
			.update() == 1;
	}

	/** A version of a scenario, or its current one when {@code version} is null. */
	Optional<Scenario> find(long id, Integer version) {
		return header(id, version).map(this::withPaths);
	}

	/** As {@link #find}, without the paths: what a citation or a list shows. */
	Optional<Scenario> header(long id, Integer version) {
		return jdbc.sql("SELECT " + VERSION_COLUMNS + """
				 FROM scenario s JOIN scenario_version v ON v.scenario_id = s.id
				WHERE s.id = ? AND v.version = COALESCE(?, s.current_version)""")
			.params(id, version)
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** The current version of every scenario, the latest saved first; without paths. */
	List<Scenario> current() {
		return jdbc.sql("SELECT " + VERSION_COLUMNS + """
				 FROM scenario s JOIN scenario_version v ON v.scenario_id = s.id AND v.version = s.current_version
				ORDER BY v.saved_at DESC, s.id DESC""")
			.query((rs, n) -> row(rs))
			.list();
	}

	/** Every version of a scenario, the newest first; without paths. */
	List<Scenario> versions(long id) {
		return jdbc.sql("SELECT " + VERSION_COLUMNS + """
				 FROM scenario s JOIN scenario_version v ON v.scenario_id = s.id
				WHERE s.id = ? ORDER BY v.version DESC""")
			.param(id)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** The current versions, not withdrawn, that assume a path for one series; with their paths. */
	List<Scenario> touching(String indicator, String state) {
		List<Long> ids = jdbc.sql("""
				SELECT DISTINCT s.id FROM scenario s
				JOIN scenario_path p ON p.scenario_id = s.id AND p.version = s.current_version
				WHERE s.withdrawn_at IS NULL AND p.indicator_code = ? AND p.state_code = ?
				ORDER BY s.id""")
			.params(indicator, state)
			.query(Long.class)
			.list();
		return ids.stream().map(id -> find(id, null).orElseThrow()).toList();
	}

	private Scenario withPaths(Scenario s) {
		Map<Integer, ScenarioPathRow> rows = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT p.position, p.indicator_code, p.state_code, p.kind, t.point_year, t.point_value
				FROM scenario_path p JOIN scenario_point t
				  ON t.scenario_id = p.scenario_id AND t.version = p.version AND t.position = p.position
				WHERE p.scenario_id = ? AND p.version = ? ORDER BY p.position, t.point_year""")
			.params(s.id(), s.version())
			.query(rs -> {
				ScenarioPathRow read = new ScenarioPathRow(rs.getString("indicator_code"), rs.getString("state_code"),
						PathKind.valueOf(rs.getString("kind")), new TreeMap<>());
				rows.computeIfAbsent(rs.getInt("position"), k -> read)
					.points()
					.put(rs.getInt("point_year"), rs.getDouble("point_value"));
			});
		List<ScenarioPath> paths = new ArrayList<>();
		rows.values().forEach(r -> paths.add(new ScenarioPath(r.indicator(), r.state(), r.kind(), r.points())));
		return new Scenario(s.id(), s.version(), s.latestVersion(), s.title(), s.rationale(), s.author(), s.createdAt(),
				s.savedBy(), s.savedAt(), s.withdrawnAt(), s.withdrawnBy(), s.withdrawnReason(), paths);
	}

	private record ScenarioPathRow(String indicator, String state, PathKind kind, TreeMap<Integer, Double> points) {
	}

	private static Scenario row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Scenario(rs.getLong("id"), rs.getInt("version"), rs.getInt("current_version"), rs.getString("title"),
				rs.getString("rationale"), rs.getString("author"), instant(rs, "created_at"), rs.getString("saved_by"),
				instant(rs, "saved_at"), instant(rs, "withdrawn_at"), rs.getString("withdrawn_by"),
				rs.getString("withdrawn_reason"), List.of());
	}

	private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
