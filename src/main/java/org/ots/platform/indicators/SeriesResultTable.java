package org.ots.platform.indicators;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The queries every table of results kept per series (indicator_code, state_code, configuration) needs, for the
 * modules that keep one (progress statuses, projections): the stored series, whether all were computed with given
 * settings, and the rows of some indicators and a state. The table name is the module's constant, never input.
 */
public final class SeriesResultTable {

	private final JdbcClient jdbc;
	private final String table;

	public SeriesResultTable(JdbcClient jdbc, String table) {
		this.jdbc = jdbc;
		this.table = table;
	}

	/** The stored series, written {@code INDICATOR|STATE}. */
	public List<String> seriesKeys() {
		return jdbc.sql("SELECT indicator_code, state_code FROM " + table)
			.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
			.list();
	}

	/** Whether every stored result was computed with these settings (true when there are none). */
	public boolean allComputedWith(String configuration) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE configuration <> ?")
			.param(configuration)
			.query(Long.class)
			.single() == 0;
	}

	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	/**
	 * The rows of these indicators (all when null) and of one state (all when null) that also meet {@code condition}
	 * (SQL over the table's columns, "1 = 1" for none), by indicator and state.
	 */
	public <T> List<T> list(String columns, String condition, Collection<String> indicators, String state,
			RowMapper<T> mapper) {
		if (indicators != null && indicators.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("SELECT " + columns + " FROM " + table + " WHERE " + condition);
		if (indicators != null) {
			sql.append(" AND indicator_code IN (:indicators)");
		}
		if (state != null) {
			sql.append(" AND state_code = :state");
		}
		JdbcClient.StatementSpec spec = jdbc.sql(sql.append(" ORDER BY indicator_code, state_code").toString());
		if (indicators != null) {
			spec = spec.param("indicators", indicators);
		}
		if (state != null) {
			spec = spec.param("state", state);
		}
		return spec.query(mapper).list();
	}
}
