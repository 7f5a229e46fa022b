package org.ots.platform.indicators;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
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

	/**
	 * The most recent reference value of every series of these indicators, up to a year (any year when null), in one
	 * query whatever the number of series: the scoreboard asks this for an area at each request.
	 */
	List<Observation> latestReferenceValues(Collection<String> indicators, Integer upToYear) {
		if (indicators.isEmpty()) {
			return List.of();
		}
		String yearFilter = upToYear == null ? "" : " AND obs_year <= :year";
		JdbcClient.StatementSpec spec = jdbc.sql("SELECT " + COLUMNS + " FROM (SELECT " + COLUMNS
				+ ", ROW_NUMBER() OVER (PARTITION BY indicator_code, state_code ORDER BY obs_year DESC, period DESC) AS rn"
				+ " FROM observation WHERE reference = TRUE AND indicator_code IN (:indicators)" + yearFilter
				+ ") latest WHERE rn = 1")
			.param("indicators", indicators);
		if (upToYear != null) {
			spec = spec.param("year", upToYear);
		}
		return spec.query(Observations::map).list();
	}

	/** Every reference value of one state, by indicator and period. */
	List<Observation> referenceValuesOf(String state) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM observation WHERE state_code = ? AND reference = TRUE"
				+ " ORDER BY indicator_code, period")
			.param(state)
			.query(Observations::map)
			.list();
	}

	private static Map<String, Long> counts(JdbcClient.StatementSpec spec) {
		Map<String, Long> counts = new LinkedHashMap<>();
		spec.query((rs, n) -> counts.put(rs.getString("code"), rs.getLong("n"))).list();
		return counts;
	}
}
