package org.ots.platform.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the audit trail for the Secretariat: newest first, a page at a time, narrowed by who, what, which
 * entity, which state and when. Dates are whole days in UTC, the time zone the trail is written in.
 */
@Component
class AuditQuery {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	AuditQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every criterion is optional; {@code to} includes the whole day. */
	record Filter(String actor, String action, String entityType, String entityIdContains, String stateCode,
			LocalDate from, LocalDate to) {

		static final Filter NONE = new Filter(null, null, null, null, null, null, null);
	}

	record Entry(long id, OffsetDateTime occurredAt, String actor, String action, String entityType,
			String entityId, String stateCode, String before, String after) {
	}

	record Page(List<Entry> entries, int number, long total) {

		public boolean hasPrevious() {
			return number > 0;
		}

		public boolean hasNext() {
			return (long) (number + 1) * PAGE_SIZE < total;
		}

		public int pages() {
			return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}
	}

	Page find(Filter filter, int number) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		long total = jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(PAGE_SIZE);
		pageParams.add((long) Math.max(0, number) * PAGE_SIZE);
		List<Entry> entries = jdbc
			.sql("SELECT * FROM audit_entry" + where + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(AuditQuery::entry)
			.list();
		return new Page(entries, Math.max(0, number), total);
	}

	List<String> actors() {
		return distinct("actor");
	}

	List<String> actions() {
		return distinct("action");
	}

	List<String> entityTypes() {
		return distinct("entity_type");
	}

	private List<String> distinct(String column) {
		return jdbc.sql("SELECT DISTINCT " + column + " FROM audit_entry ORDER BY " + column).query(String.class).list();
	}

	private static String where(Filter filter, List<Object> params) {
		List<String> conditions = new ArrayList<>();
		equal(conditions, params, "actor", filter.actor());
		equal(conditions, params, "action", filter.action());
		equal(conditions, params, "entity_type", filter.entityType());
		equal(conditions, params, "state_code", filter.stateCode());
		if (present(filter.entityIdContains())) {
			conditions.add("LOWER(entity_id) LIKE ? ESCAPE '!'");
			params.add("%" + escapeLike(filter.entityIdContains().trim().toLowerCase()) + "%");
		}
		if (filter.from() != null) {
			conditions.add("occurred_at >= ?");
			params.add(filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			conditions.add("occurred_at < ?");
			params.add(filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	private static void equal(List<String> conditions, List<Object> params, String column, String value) {
		if (present(value)) {
			conditions.add(column + " = ?");
			params.add(value.trim());
		}
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	/** A user searching for "50%" means the characters, not a wildcard. */
	private static String escapeLike(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
				rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getString("state_code"), rs.getString("before_value"), rs.getString("after_value"));
	}
}
