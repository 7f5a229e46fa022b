package org.ots.platform.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Searching stored observations for the API, one page at a time, and the history of a single one. */
@Repository
class ObservationQuery {

	private static final String COLUMNS = "id, indicator_code, state_code, period, obs_year, source, obs_value, status, note, "
			+ "reference, illustrative, changed_by, changed_at, version";

	private final JdbcClient jdbc;

	ObservationQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What to search for; null fields do not filter. */
	record Filter(String indicator, String state, String area, Integer fromYear, Integer toYear, String source,
			boolean referenceOnly) {
	}

	ApiPage<ObservationJson> search(Filter filter, int page, int size) {
		ApiPage.check(page, size);
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		condition(conditions, params, filter.indicator() == null ? null : filter.indicator().trim(), "indicator_code = :indicator", "indicator");
		condition(conditions, params, filter.state() == null ? null : filter.state().trim().toUpperCase(), "state_code = :state", "state");
		condition(conditions, params, filter.area() == null ? null : filter.area().trim(),
				"indicator_code IN (SELECT code FROM indicator WHERE area_code = :area)", "area");
		condition(conditions, params, filter.fromYear(), "obs_year >= :fromYear", "fromYear");
		condition(conditions, params, filter.toYear(), "obs_year <= :toYear", "toYear");
		condition(conditions, params, filter.source() == null ? null : filter.source().trim(), "source = :source", "source");
		if (filter.referenceOnly()) {
			conditions.add("reference = TRUE");
		}
		String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		long total = jdbc.sql("SELECT COUNT(*) FROM observation" + where).params(params).query(Long.class).single();
		List<ObservationJson> items = jdbc
			.sql("SELECT " + COLUMNS + " FROM observation" + where
					+ " ORDER BY indicator_code, state_code, period, reference DESC, source LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(Observations::map)
			.list()
			.stream()
			.map(ObservationJson::of)
			.toList();
		return new ApiPage<>(items, page, size, total);
	}

	/** Earlier versions of one observation, newest first. */
	List<HistoryEntry> history(long observationId) {
		return jdbc.sql("""
				SELECT source, obs_value, status, note, reference, version, changed_by, changed_at, superseded_by,
				  superseded_at, change_kind
				FROM observation_history WHERE observation_id = ? ORDER BY superseded_at DESC, id DESC""")
			.param(observationId)
			.query((rs, n) -> new HistoryEntry(rs.getString("source"), rs.getDouble("obs_value"),
					ObservationStatus.valueOf(rs.getString("status")), rs.getString("note"), rs.getBoolean("reference"),
					rs.getInt("version"), rs.getString("changed_by"), Observations.instant(rs, "changed_at"),
					rs.getString("superseded_by"), Observations.instant(rs, "superseded_at"), rs.getString("change_kind")))
			.list();
	}

	private static void condition(List<String> conditions, Map<String, Object> params, Object value, String sql,
			String name) {
		if (value != null && !(value instanceof String text && text.isBlank())) {
			conditions.add(sql);
			params.put(name, value);
		}
	}
}
