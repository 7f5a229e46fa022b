package org.ots.platform.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ots.platform.indicators.SeriesResultTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored progress assessments, one per series. */
@Repository
class ProgressAssessments {

	private static final String COLUMNS = "indicator_code, state_code, status, score, method, data_points, base_year, "
			+ "base_value, current_year, current_value, target_value, target_year, target_origin, direction, value_sign, "
			+ "natural_limit, coefficient, progress_value, threshold_high, threshold_moderate, threshold_low, reason, "
			+ "explanation, configuration, computed_at";

	private final JdbcClient jdbc;
	private final SeriesResultTable results;

	ProgressAssessments(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.results = new SeriesResultTable(jdbc, "progress_assessment");
	}

	/**
	 * Holds the series' row (created empty if new) until the transaction ends. Recomputations of one series run one
	 * after the other, each reading the data only once it holds the row: the last to write has read data at least as
	 * new as any earlier one, so a slow recomputation never overwrites a newer result with an older one.
	 */
	void lock(String indicator, String state, Instant now) {
		jdbc.sql("""
				INSERT INTO progress_assessment (indicator_code, state_code, status, method, data_points, explanation,
				  configuration, computed_at)
				VALUES (?, ?, 'UNABLE_TO_ASSESS', 'NONE', 0, '', '', ?) ON CONFLICT DO NOTHING""")
			.params(indicator, state, utc(now))
			.update();
		jdbc.sql("SELECT indicator_code FROM progress_assessment WHERE indicator_code = ? AND state_code = ? FOR UPDATE")
			.params(indicator, state)
			.query(String.class)
			.list();
	}

	void save(ProgressAssessment a) {
		jdbc.sql("""
				UPDATE progress_assessment SET status = ?, score = ?, method = ?, data_points = ?, base_year = ?,
				  base_value = ?, current_year = ?, current_value = ?, target_value = ?, target_year = ?, target_origin = ?,
				  direction = ?, value_sign = ?, natural_limit = ?, coefficient = ?, progress_value = ?, threshold_high = ?,
				  threshold_moderate = ?, threshold_low = ?, reason = ?, explanation = ?, configuration = ?, computed_at = ?
				WHERE indicator_code = ? AND state_code = ?""")
			.params(a.status().name(), a.score(), a.method(), a.dataPoints(), a.baseYear(), a.baseValue(), a.currentYear(),
					a.currentValue(), a.targetValue(), a.targetYear(), truncate(a.targetOrigin()), a.direction(), a.sign(),
					a.limit(), a.coefficient(), a.progressValue(), a.thresholdHigh(), a.thresholdModerate(),
					a.thresholdLow(), truncate(a.reason()), String.join("\n", a.explanation()), a.configuration(),
					utc(a.computedAt()), a.indicator(), a.state())
			.update();
	}

	void delete(String indicator, String state) {
		jdbc.sql("DELETE FROM progress_assessment WHERE indicator_code = ? AND state_code = ?")
			.params(indicator, state)
			.update();
	}

	Optional<ProgressAssessment> find(String indicator, String state) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM progress_assessment WHERE indicator_code = ? AND state_code = ?")
			.params(indicator, state)
			.query(ProgressAssessments::map)
			.optional();
	}

	/** The assessments of these indicators (all when null) and of one state (all when null), by indicator and state. */
	List<ProgressAssessment> list(Collection<String> indicators, String state) {
		return results.list(COLUMNS, "1 = 1", indicators, state, ProgressAssessments::map);
	}

	List<String> seriesKeys() {
		return results.seriesKeys();
	}

	/** Whether every stored result was computed with these settings (true when there are none). */
	boolean allComputedWith(String configuration) {
		return results.allComputedWith(configuration);
	}

	long count() {
		return results.count();
	}

	private static ProgressAssessment map(ResultSet rs, int row) throws SQLException {
		String explanation = rs.getString("explanation");
		OffsetDateTime computedAt = rs.getObject("computed_at", OffsetDateTime.class);
		return new ProgressAssessment(rs.getString("indicator_code"), rs.getString("state_code"),
				ProgressStatus.valueOf(rs.getString("status")), number(rs, "score"), rs.getString("method"),
				rs.getInt("data_points"), integer(rs, "base_year"), number(rs, "base_value"), integer(rs, "current_year"),
				number(rs, "current_value"), number(rs, "target_value"), integer(rs, "target_year"),
				rs.getString("target_origin"), integer(rs, "direction"), integer(rs, "value_sign"),
				number(rs, "natural_limit"), number(rs, "coefficient"), number(rs, "progress_value"),
				number(rs, "threshold_high"), number(rs, "threshold_moderate"), number(rs, "threshold_low"),
				rs.getString("reason"), explanation.isEmpty() ? List.of() : Arrays.asList(explanation.split("\n")),
				rs.getString("configuration"), computedAt == null ? null : computedAt.toInstant());
	}

	private static Double number(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static String truncate(String text) {
		return text == null || text.length() <= 300 ? text : text.substring(0, 297) + "...";
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
