package org.ots.platform.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The tables of index definitions and their components. A definition and its components are read in two queries
 * whatever their number; an update is conditional on the version read, so a concurrent edit is never lost.
 */
@Repository
class IndexDefinitions {

	private final JdbcClient jdbc;

	IndexDefinitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every definition (or only the published ones), overall first, then by name. */
	List<IndexDefinition> all(boolean publishedOnly) {
		String where = publishedOnly ? " WHERE published" : "";
		List<Row> rows = jdbc.sql("SELECT * FROM index_definition" + where
				+ " ORDER BY CASE WHEN area_code IS NULL THEN 0 ELSE 1 END, name, id").query(IndexDefinitions::row).list();
		Map<Long, List<IndexDefinition.Component>> components = new LinkedHashMap<>();
		jdbc.sql("SELECT index_id, indicator_code, weight FROM index_component ORDER BY index_id, position")
			.query((rs, n) -> {
				components.computeIfAbsent(rs.getLong("index_id"), id -> new ArrayList<>()).add(component(rs));
				return null;
			})
			.list();
		return rows.stream().map(r -> r.with(components.getOrDefault(r.id(), List.of()))).toList();
	}

	Optional<IndexDefinition> find(long id) {
		return jdbc.sql("SELECT * FROM index_definition WHERE id = ?").param(id).query(IndexDefinitions::row).optional()
			.map(r -> r.with(jdbc.sql("SELECT indicator_code, weight FROM index_component WHERE index_id = ? ORDER BY position")
				.param(id)
				.query((rs, n) -> component(rs))
				.list()));
	}

	IndexDefinition insert(IndexDefinition d) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO index_definition (name, area_code, normalisation, aggregation, max_missing, missing_out_of,
				  published, default_method, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 0)""")
			.params(d.name(), d.areaCode(), d.normalisation().name(), d.aggregation().name(), d.maxMissing(),
					d.missingOutOf(), d.published(), utc(d.createdAt()), utc(d.updatedAt()))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		writeComponents(id, d.components());
		return find(id).orElseThrow();
	}

	/**
	 * Writes the definition if its version is still {@code d.version()}; false when someone changed it meanwhile.
	 * A definition saved by the Secretariat is no longer the seeded default method.
	 */
	boolean update(IndexDefinition d) {
		boolean written = jdbc.sql("""
				UPDATE index_definition SET name = ?, area_code = ?, normalisation = ?, aggregation = ?, max_missing = ?,
				  missing_out_of = ?, published = ?, default_method = FALSE, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(d.name(), d.areaCode(), d.normalisation().name(), d.aggregation().name(), d.maxMissing(),
					d.missingOutOf(), d.published(), utc(d.updatedAt()), d.id(), d.version())
			.update() == 1;
		if (written) {
			jdbc.sql("DELETE FROM index_component WHERE index_id = ?").param(d.id()).update();
			writeComponents(d.id(), d.components());
		}
		return written;
	}

	private void writeComponents(long id, List<IndexDefinition.Component> components) {
		int position = 0;
		for (IndexDefinition.Component c : components) {
			jdbc.sql("INSERT INTO index_component (index_id, indicator_code, position, weight) VALUES (?, ?, ?, ?)")
				.params(id, c.indicatorCode(), ++position, c.weight())
				.update();
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static IndexDefinition.Component component(ResultSet rs) throws SQLException {
		return new IndexDefinition.Component(rs.getString("indicator_code"),
				rs.getObject("weight") == null ? null : rs.getDouble("weight"));
	}

	/** A definition as read, before its components. */
	private record Row(long id, String name, String areaCode, String normalisation, String aggregation, int maxMissing,
			int missingOutOf, boolean published, boolean defaultMethod, Instant createdAt, Instant updatedAt,
			int version) {

		IndexDefinition with(List<IndexDefinition.Component> components) {
			return new IndexDefinition(id, name, areaCode, components,
					IndexDefinition.NormalisationChoice.valueOf(normalisation),
					IndexDefinition.AggregationChoice.valueOf(aggregation), maxMissing, missingOutOf, published,
					defaultMethod, createdAt, updatedAt, version);
		}
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("name"), rs.getString("area_code"), rs.getString("normalisation"),
				rs.getString("aggregation"), rs.getInt("max_missing"), rs.getInt("missing_out_of"),
				rs.getBoolean("published"), rs.getBoolean("default_method"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
	}
}
