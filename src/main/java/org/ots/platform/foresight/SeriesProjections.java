package org.ots.platform.foresight;

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

/** The stored projections, one per series, with their years. */
@Repository
class SeriesProjections {

	private static final String COLUMNS = "indicator_code, state_code, method, fits, data_points, first_year, last_year, "
			+ "interpolated, illustrative, lower_limit, upper_limit, reason, direction, target_value, target_year, "
			+ "target_origin, target_own, probability, fingerprint, configuration, computed_at";

	private final JdbcClient jdbc;
	private final SeriesResultTable results;

	SeriesProjections(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.results = new SeriesResultTable(jdbc, "series_projection");
	}

	/**
	 * Holds the series' row (created empty if new) until the transaction ends, so that recomputations of one series
	 * run one after the other and the last to write has read the newest data.
	 */
	void lock(String indicator, String state, Instant now) {
		jdbc.sql("""
				INSERT INTO series_projection (indicator_code, state_code, method, fits, data_points, interpolated,
				  illustrative, fingerprint, configuration, computed_at)
				VALUES (?, ?, 'NONE', '', 0, 0, FALSE, '', '', ?) ON CONFLICT DO NOTHING""")
			.params(indicator, state, utc(now))
			.update();
		jdbc.sql("SELECT indicator_code FROM series_projection WHERE indicator_code = ? AND state_code = ? FOR UPDATE")
			.params(indicator, state)
			.query(String.class)
			.list();
	}

	void save(SeriesProjection p) {
		SeriesProjection.SeriesTarget t = p.target();
		jdbc.sql("""
				UPDATE series_projection SET method = ?, fits = ?, data_points = ?, first_year = ?, last_year = ?,
				  interpolated = ?, illustrative = ?, lower_limit = ?, upper_limit = ?, reason = ?, direction = ?,
				  target_value = ?, target_year = ?, target_origin = ?, target_own = ?, probability = ?, fingerprint = ?,
				  configuration = ?, computed_at = ?
				WHERE indicator_code = ? AND state_code = ?""")
			.params(p.method().name(), String.join("\n", p.fits()), p.dataPoints(), p.firstYear(), p.lastYear(),
					p.interpolated(), p.illustrative(), p.lowerLimit(), p.upperLimit(),
					p.reason() == null ? null : p.reason().name(), t == null ? null : t.direction(),
					t == null ? null : t.value(), t == null ? null : t.year(), t == null ? null : truncate(t.origin()),
					t == null ? null : t.own(), p.probability(), p.fingerprint(), p.configuration(), utc(p.computedAt()),
					p.indicator(), p.state())
			.update();
		jdbc.sql("DELETE FROM series_projection_year WHERE indicator_code = ? AND state_code = ?")
			.params(p.indicator(), p.state())
			.update();
		for (ProjectedYear y : p.years()) {
			jdbc.sql("""
					INSERT INTO series_projection_year (indicator_code, state_code, projected_year, point, lower80, upper80,
					  lower95, upper95) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(p.indicator(), p.state(), y.year(), finite(y.point()), finite(y.lower80()), finite(y.upper80()),
						finite(y.lower95()), finite(y.upper95()))
				.update();
		}
	}

	void delete(String indicator, String state) {
		jdbc.sql("DELETE FROM series_projection WHERE indicator_code = ? AND state_code = ?")
			.params(indicator, state)
			.update();
	}

	Optional<SeriesProjection> find(String indicator, String state) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM series_projection WHERE indicator_code = ? AND state_code = ? AND method <> 'NONE'")
			.params(indicator, state)
			.query((rs, n) -> map(rs))
			.optional();
	}

	/** The projections of these indicators (all when null) and of one state (all when null), without their years. */
	List<SeriesProjection> list(Collection<String> indicators, String state) {
		return results.list(COLUMNS, "method <> 'NONE'", indicators, state, (rs, n) -> map(rs, List.of()));
	}

	List<String> seriesKeys() {
		return results.seriesKeys();
	}

	boolean allComputedWith(String configuration) {
		return results.allComputedWith(configuration);
	}

	long count() {
		return results.count();
	}

	private SeriesProjection map(ResultSet rs) throws SQLException {
		List<ProjectedYear> years = jdbc.sql("""
				SELECT projected_year, point, lower80, upper80, lower95, upper95 FROM series_projection_year
				WHERE indicator_code = ? AND state_code = ? ORDER BY projected_year""")
			.params(rs.getString("indicator_code"), rs.getString("state_code"))
			.query((r, n) -> new ProjectedYear(r.getInt(1), r.getDouble(2), r.getDouble(3), r.getDouble(4),
					r.getDouble(5), r.getDouble(6)))
			.list();
		return map(rs, years);
	}

	private static SeriesProjection map(ResultSet rs, List<ProjectedYear> years) throws SQLException {
		String fits = rs.getString("fits");
		String reason = rs.getString("reason");
		Double targetValue = number(rs, "target_value");
		SeriesProjection.SeriesTarget target = targetValue == null ? null
				: new SeriesProjection.SeriesTarget(targetValue, rs.getInt("target_year"), rs.getString("direction"),
						rs.getString("target_origin"), rs.getBoolean("target_own"));
		OffsetDateTime computedAt = rs.getObject("computed_at", OffsetDateTime.class);
		return new SeriesProjection(rs.getString("indicator_code"), rs.getString("state_code"),
				ProjectionMethod.valueOf(rs.getString("method")),
				fits.isEmpty() ? List.of() : Arrays.asList(fits.split("\n")), rs.getInt("data_points"),
				integer(rs, "first_year"), integer(rs, "last_year"), rs.getInt("interpolated"),
				rs.getBoolean("illustrative"), number(rs, "lower_limit"), number(rs, "upper_limit"),
				reason == null ? null : NoProjectionReason.valueOf(reason), target, number(rs, "probability"), years,
				rs.getString("fingerprint"), rs.getString("configuration"), computedAt.toInstant());
	}

	/** An interval bound may be infinite only if a limit is; the projector clips at finite limits, so none is. */
	private static double finite(double value) {
		return Double.isFinite(value) ? value : Math.copySign(Double.MAX_VALUE, value);
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
