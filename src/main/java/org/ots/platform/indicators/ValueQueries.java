package org.ots.platform.indicators;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only summaries of the stored values that the public pages show beside the framework. */
@Repository
class ValueQueries {

	private static final String COLUMNS = "id, indicator_code, state_code, period, obs_year, source, obs_value, status, note, "
			+ "reference, illustrative, changed_by, changed_at, version";

	private final JdbcClient jdbc;

	ValueQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Number of stored values (all sources) per indicator. */
	Map<String, Long> countsByIndicator() {
		return counts(jdbc.sql("SELECT indicator_code AS code, COUNT(*) AS n FROM observation GROUP BY indicator_code"));
	}

	/** Number of stored values (all sources) per indicator, for one state. */
	Map<String, Long> countsByIndicatorOf(String state) {
		return counts(jdbc.sql("SELECT indicator_code AS code, COUNT(*) AS n FROM observation WHERE state_code = ?"
				+ " GROUP BY indicator_code").param(state));
	}

	/** The most recent reference value of every indicator that has one, for one state. */
	Map<String, Observation> latestReferenceValuesOf(String state) {
		Map<String, Observation> latest = new LinkedHashMap<>();
		jdbc.sql("SELECT " + COLUMNS + " FROM observation WHERE state_code = ? AND reference = TRUE"
				+ " ORDER BY indicator_code, period DESC")
			.param(state)
			.query(Observations::map)
			.list()
			.forEach(o -> latest.putIfAbsent(o.indicatorCode(), o));
		return latest;
	}

	private static Map<String, Long> counts(JdbcClient.StatementSpec spec) {
		Map<String, Long> counts = new LinkedHashMap<>();
		spec.query((rs, n) -> counts.put(rs.getString("code"), rs.getLong("n"))).list();
		return counts;
	}
}
