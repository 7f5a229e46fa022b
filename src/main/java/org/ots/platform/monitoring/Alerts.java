package org.ots.platform.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The table of alerts. Raising is idempotent: the unique key (rule, series, period) lets a second raise do nothing. */
@Repository
class Alerts {

	/** What the board asks for; null fields do not filter. {@code open} true: open only, false: acknowledged only. */
	record Filter(String areaCode, String stateCode, AlertSeverity severity, Boolean open) {

		static final Filter ALL = new Filter(null, null, null, null);

		Filter onlyState(String state) {
			return new Filter(areaCode, state, severity, open);
		}
	}

	/** The most the board shows at once; the filters narrow down the rest. */
	static final int BOARD_LIMIT = 500;

	private static final String SEPARATOR = "|";

	private final JdbcClient jdbc;

	Alerts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the alert unless this rule already raised one for this series and period.
	 * @return the new alert's id, or empty when it had been raised before
	 */
	Optional<Long> raise(AlertRule rule, String indicator, String area, String state, Finding finding, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		int inserted = jdbc.sql("""
				INSERT INTO alert (rule_id, indicator_code, area_code, state_code, period, severity, obs_value, reason_key,
				  reason_args, illustrative, raised_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(rule.id(), indicator, area, state, finding.period(), rule.severity().name(), finding.value(),
					finding.reasonKey(), String.join(SEPARATOR, finding.reasonArgs()), finding.illustrative(),
					now.atOffset(ZoneOffset.UTC))
			.update(keys, "id");
		return inserted == 1 ? Optional.of(keys.getKeyAs(Number.class).longValue()) : Optional.empty();
	}

	Optional<Alert> find(long id) {
		return jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query(Alerts::alert).optional();
	}

	/** Open alerts first, then by severity (critical first), newest first. */
	List<Alert> list(Filter filter) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (filter.areaCode() != null) {
			where.append(" AND a.area_code = ?");
			params.add(filter.areaCode());
		}
		if (filter.stateCode() != null) {
			where.append(" AND a.state_code = ?");
			params.add(filter.stateCode());
		}
		if (filter.severity() != null) {
			where.append(" AND a.severity = ?");
			params.add(filter.severity().name());
		}
		if (filter.open() != null) {
			where.append(filter.open() ? " AND a.acknowledged_at IS NULL" : " AND a.acknowledged_at IS NOT NULL");
		}
		return jdbc.sql(SELECT + where + " ORDER BY CASE WHEN a.acknowledged_at IS NULL THEN 0 ELSE 1 END,"
				+ " CASE a.severity WHEN 'CRITICAL' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END, a.raised_at DESC, a.id DESC"
				+ " LIMIT " + BOARD_LIMIT)
			.params(params)
			.query(Alerts::alert)
			.list();
	}

	/** Acknowledges an open alert; false when it was acknowledged already (by someone else, perhaps a moment ago). */
	boolean acknowledge(long id, String by, String comment, Instant now) {
		return jdbc.sql("""
				UPDATE alert SET acknowledged_by = ?, acknowledged_at = ?, ack_comment = ?
				WHERE id = ? AND acknowledged_at IS NULL""")
			.params(by, now.atOffset(ZoneOffset.UTC), comment, id)
			.update() == 1;
	}

	long countForRule(long ruleId) {
		return jdbc.sql("SELECT COUNT(*) FROM alert WHERE rule_id = ?").param(ruleId).query(Long.class).single();
	}

	private static final String SELECT = """
			SELECT a.*, r.name AS rule_name, r.kind AS rule_kind FROM alert a JOIN alert_rule r ON r.id = a.rule_id""";

	private static Alert alert(ResultSet rs, int row) throws SQLException {
		OffsetDateTime acknowledged = rs.getObject("acknowledged_at", OffsetDateTime.class);
		String args = rs.getString("reason_args");
		return new Alert(rs.getLong("id"), rs.getLong("rule_id"), rs.getString("rule_name"),
				AlertKind.valueOf(rs.getString("rule_kind")), AlertSeverity.valueOf(rs.getString("severity")),
				rs.getString("indicator_code"), rs.getString("area_code"), rs.getString("state_code"), rs.getString("period"),
				rs.getObject("obs_value") == null ? null : rs.getDouble("obs_value"), rs.getString("reason_key"),
				args.isEmpty() ? List.of() : Arrays.asList(args.split("\\" + SEPARATOR)), rs.getBoolean("illustrative"),
				rs.getObject("raised_at", OffsetDateTime.class).toInstant(), rs.getString("acknowledged_by"),
				acknowledged == null ? null : acknowledged.toInstant(), rs.getString("ack_comment"));
	}
}
