package org.ots.platform.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The table of alert rules. Updates are conditional on the version read, so a concurrent edit is never lost. */
@Repository
class AlertRules {

	private final JdbcClient jdbc;

	AlertRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AlertRule> all() {
		return jdbc.sql("SELECT * FROM alert_rule ORDER BY active DESC, name, id").query(AlertRules::rule).list();
	}

	List<AlertRule> active() {
		return jdbc.sql("SELECT * FROM alert_rule WHERE active ORDER BY id").query(AlertRules::rule).list();
	}

	Optional<AlertRule> find(long id) {
		return jdbc.sql("SELECT * FROM alert_rule WHERE id = ?").param(id).query(AlertRules::rule).optional();
	}

	AlertRule insert(AlertRule rule) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO alert_rule (name, kind, indicator_code, area_code, state_code, severity, comparison, bound,
				  change_mode, outlier_method, deadline, active, owner, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(rule.name(), rule.kind().name(), rule.indicatorCode(), rule.areaCode(), rule.stateCode(),
					rule.severity().name(), name(rule.comparison()), rule.bound(), name(rule.changeMode()),
					name(rule.outlierMethod()), rule.deadlineText(), rule.active(), rule.owner(), utc(rule.createdAt()),
					utc(rule.updatedAt()))
			.update(keys, "id");
		return find(keys.getKeyAs(Number.class).longValue()).orElseThrow();
	}

	/** Writes the rule if its version is still {@code rule.version()}; false when someone changed it meanwhile. */
	boolean update(AlertRule rule) {
		return jdbc.sql("""
				UPDATE alert_rule SET name = ?, kind = ?, indicator_code = ?, area_code = ?, state_code = ?, severity = ?,
				  comparison = ?, bound = ?, change_mode = ?, outlier_method = ?, deadline = ?, active = ?, updated_at = ?,
				  version = version + 1
				WHERE id = ? AND version = ?""")
			.params(rule.name(), rule.kind().name(), rule.indicatorCode(), rule.areaCode(), rule.stateCode(),
					rule.severity().name(), name(rule.comparison()), rule.bound(), name(rule.changeMode()),
					name(rule.outlierMethod()), rule.deadlineText(), rule.active(), utc(rule.updatedAt()), rule.id(),
					rule.version())
			.update() == 1;
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text) {
		return text == null ? null : Enum.valueOf(type, text);
	}

	private static AlertRule rule(ResultSet rs, int row) throws SQLException {
		Double bound = rs.getObject("bound") == null ? null : rs.getDouble("bound");
		String deadline = rs.getString("deadline");
		return new AlertRule(rs.getLong("id"), rs.getString("name"), AlertKind.valueOf(rs.getString("kind")),
				rs.getString("indicator_code"), rs.getString("area_code"), rs.getString("state_code"),
				AlertSeverity.valueOf(rs.getString("severity")), parse(AlertRule.Comparison.class, rs.getString("comparison")),
				bound, parse(AlertRule.ChangeMode.class, rs.getString("change_mode")),
				parse(AlertRule.OutlierMethod.class, rs.getString("outlier_method")),
				deadline == null ? null : MonthDay.parse("--" + deadline), rs.getBoolean("active"), rs.getString("owner"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
	}
}
