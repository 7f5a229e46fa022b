package org.ots.platform.indicators.imports;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Publishers' indicator codes (World Bank codes, OWID column titles, SDMX series) mapped once to ours. */
@Repository
class IndicatorMappings {

	private final JdbcClient jdbc;

	IndicatorMappings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Mapping(String publisher, String externalCode, String indicatorCode, String createdBy, Instant createdAt) {
	}

	/** The mappings of one publisher, from its code to ours. */
	Map<String, String> of(String publisher) {
		return jdbc.sql("SELECT external_code, indicator_code FROM indicator_mapping WHERE publisher = ?")
			.param(publisher)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	List<Mapping> all() {
		return jdbc.sql("SELECT * FROM indicator_mapping ORDER BY publisher, external_code")
			.query((rs, n) -> new Mapping(rs.getString("publisher"), rs.getString("external_code"),
					rs.getString("indicator_code"), rs.getString("created_by"),
					rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

	boolean exists(String publisher, String externalCode) {
		return jdbc.sql("SELECT COUNT(*) FROM indicator_mapping WHERE publisher = ? AND external_code = ?")
			.params(publisher, externalCode)
			.query(Long.class)
			.single() > 0;
	}

	void add(String publisher, String externalCode, String indicatorCode, String by, Instant at) {
		jdbc.sql("""
				INSERT INTO indicator_mapping (publisher, external_code, indicator_code, created_by, created_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(publisher, externalCode, indicatorCode, by, at.atOffset(ZoneOffset.UTC))
			.update();
	}
}
