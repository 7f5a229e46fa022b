package org.ots.platform.experts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The stored analytical products with their authors, areas, indicators, states, file and history. Writes of the
 * product row name the version they start from and report whether it was still current.
 */
@Repository
class Products {

	private static final String COLUMNS = """
			SELECT p.id, p.kind, p.title, p.summary, p.institution_id, p.status, p.review_comment, p.created_at,
			  p.created_by, p.updated_at, p.updated_by, p.published_at, p.published_by, p.version
			FROM analytical_product p""";

	private final JdbcClient jdbc;

	Products(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AnalyticalProduct> find(long id) {
		return jdbc.sql(COLUMNS + " WHERE p.id = ?").param(id).query(this::row).optional().map(this::complete);
	}

	/** Published products matching the query, newest publication first. */
	List<AnalyticalProduct> published(ProductQuery query) {
		StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE p.status = 'PUBLISHED'");
		List<Object> params = new ArrayList<>();
		if (query.kind() != null) {
			sql.append(" AND p.kind = ?");
			params.add(query.kind());
		}
		if (query.area() != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM product_area a WHERE a.product_id = p.id AND a.area_code = ?)");
			params.add(query.area());
		}
		if (query.state() != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM product_state s WHERE s.product_id = p.id AND s.state_code = ?)");
			params.add(query.state());
		}
		sql.append(" ORDER BY p.published_at DESC, p.id DESC");
		return completeAll(jdbc.sql(sql.toString()).params(params).query(this::row).list());
	}

	/** Products not (or no longer) public, of one institution or, with null, of all. */
	List<AnalyticalProduct> unpublished(Long institutionId) {
		String sql = COLUMNS + " WHERE p.status <> 'PUBLISHED'" + (institutionId == null ? "" : " AND p.institution_id = ?")
				+ " ORDER BY p.updated_at DESC, p.id DESC";
		List<Object> params = institutionId == null ? List.of() : List.of(institutionId);
		return completeAll(jdbc.sql(sql).params(params).query(this::row).list());
	}

	List<AnalyticalProduct> inStatus(ProductStatus status) {
		return completeAll(jdbc.sql(COLUMNS + " WHERE p.status = ? ORDER BY p.updated_at, p.id")
			.param(status.name())
			.query(this::row)
			.list());
	}

	List<AnalyticalProduct> publishedOf(long institutionId) {
		return completeAll(jdbc.sql(COLUMNS + " WHERE p.status = 'PUBLISHED' AND p.institution_id = ? ORDER BY p.published_at DESC")
			.param(institutionId)
			.query(this::row)
			.list());
	}

	/** The number of published products of each institution that has any. */
	Map<Long, Integer> publishedCounts() {
		Map<Long, Integer> counts = new HashMap<>();
		jdbc.sql("SELECT institution_id, COUNT(*) AS n FROM analytical_product WHERE status = 'PUBLISHED' GROUP BY institution_id")
			.query(rs -> {
				counts.put(rs.getLong("institution_id"), rs.getInt("n"));
			});
		return counts;
	}

	long countCreatedBy(String actor) {
		return jdbc.sql("SELECT COUNT(*) FROM analytical_product WHERE created_by = ?").param(actor).query(Long.class).single();
	}

	long insert(AnalyticalProduct p) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO analytical_product (kind, title, summary, institution_id, status, created_at, created_by,
				  updated_at, updated_by, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(p.kind().name(), p.title(), p.summary(), p.institutionId(), p.status().name(), utc(p.createdAt()),
					p.createdBy(), utc(p.updatedAt()), p.updatedBy())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		writeLinks(id, p);
		return id;
	}

	/** Writes the edited fields if the product is still at {@code expectedVersion}; false if someone was faster. */
	boolean update(AnalyticalProduct p, int expectedVersion) {
		int rows = jdbc.sql("""
				UPDATE analytical_product SET kind = ?, title = ?, summary = ?, institution_id = ?, updated_at = ?,
				  updated_by = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(p.kind().name(), p.title(), p.summary(), p.institutionId(), utc(p.updatedAt()), p.updatedBy(), p.id(),
					expectedVersion)
			.update();
		if (rows == 1) {
			writeLinks(p.id(), p);
		}
		return rows == 1;
	}

	/** Writes a move of the review if the product is still at {@code expectedVersion}. */
	boolean move(AnalyticalProduct p, int expectedVersion) {
		return jdbc.sql("""
				UPDATE analytical_product SET status = ?, review_comment = ?, updated_at = ?, updated_by = ?,
				  published_at = ?, published_by = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(p.status().name(), p.reviewComment(), utc(p.updatedAt()), p.updatedBy(), utc(p.publishedAt()),
					p.publishedBy(), p.id(), expectedVersion)
			.update() == 1;
	}

	/** Raises the version for a change outside the product row (its file), if still at {@code expectedVersion}. */
	boolean touch(long id, int expectedVersion, String by, Instant at) {
		return jdbc.sql("UPDATE analytical_product SET updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(utc(at), by, id, expectedVersion)
			.update() == 1;
	}

	void saveFile(long id, ProductFile file, byte[] content) {
		jdbc.sql("DELETE FROM product_file WHERE product_id = ?").param(id).update();
		jdbc.sql("""
				INSERT INTO product_file (product_id, file_name, media_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, file.fileName(), file.mediaType(), file.size(), file.sha256(), content, file.uploadedBy(),
					utc(file.uploadedAt()))
			.update();
	}

	Optional<ProductDownload> download(long id) {
		return jdbc.sql("SELECT file_name, media_type, content FROM product_file WHERE product_id = ?")
			.param(id)
			.query((rs, n) -> new ProductDownload(rs.getString("file_name"), rs.getString("media_type"), rs.getBytes("content")))
			.optional();
	}

	void recordMove(long id, String action, ProductStatus status, String actor, Instant at, String comment) {
		jdbc.sql("INSERT INTO product_history (product_id, action, status, actor, occurred_at, comment) VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, action, status.name(), actor, utc(at), comment)
			.update();
	}

	List<ProductMove> history(long id) {
		return jdbc.sql("SELECT action, status, actor, occurred_at, comment FROM product_history WHERE product_id = ? ORDER BY id")
			.param(id)
			.query((rs, n) -> new ProductMove(rs.getString("action"), ProductStatus.valueOf(rs.getString("status")),
					rs.getString("actor"), instant(rs, "occurred_at"), rs.getString("comment")))
			.list();
	}

	private void writeLinks(long id, AnalyticalProduct p) {
		for (String table : List.of("product_author", "product_area", "product_indicator", "product_state")) {
			jdbc.sql("DELETE FROM " + table + " WHERE product_id = ?").param(id).update();
		}
		for (int i = 0; i < p.authors().size(); i++) {
			jdbc.sql("INSERT INTO product_author (product_id, username, position) VALUES (?, ?, ?)")
				.params(id, p.authors().get(i), i)
				.update();
		}
		p.areaCodes().forEach(code -> jdbc.sql("INSERT INTO product_area (product_id, area_code) VALUES (?, ?)").params(id, code).update());
		p.indicatorCodes().forEach(code -> jdbc.sql("INSERT INTO product_indicator (product_id, indicator_code) VALUES (?, ?)")
			.params(id, code)
			.update());
		p.stateCodes().forEach(code -> jdbc.sql("INSERT INTO product_state (product_id, state_code) VALUES (?, ?)").params(id, code).update());
	}

	private AnalyticalProduct row(ResultSet rs, int n) throws SQLException {
		return new AnalyticalProduct(rs.getLong("id"), ProductKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("summary"), rs.getLong("institution_id"), ProductStatus.valueOf(rs.getString("status")),
				rs.getString("review_comment"), instant(rs, "created_at"), rs.getString("created_by"),
				instant(rs, "updated_at"), rs.getString("updated_by"), instant(rs, "published_at"),
				rs.getString("published_by"), rs.getInt("version"), List.of(), List.of(), List.of(), List.of(), null);
	}

	private AnalyticalProduct complete(AnalyticalProduct p) {
		return completeAll(List.of(p)).get(0);
	}

	/**
	 * The products with their authors, areas, indicators, states and file: one query per kind of link for the whole
	 * list, not per product, so a list page costs the same few queries however many products it shows.
	 */
	private List<AnalyticalProduct> completeAll(List<AnalyticalProduct> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		List<Long> ids = rows.stream().map(AnalyticalProduct::id).toList();
		Map<Long, List<String>> authors = codes("username", "product_author", ids, "position");
		Map<Long, List<String>> areas = codes("area_code", "product_area", ids, "area_code");
		Map<Long, List<String>> indicators = codes("indicator_code", "product_indicator", ids, "indicator_code");
		Map<Long, List<String>> states = codes("state_code", "product_state", ids, "state_code");
		Map<Long, ProductFile> files = files(ids);
		return rows.stream()
			.map(p -> new AnalyticalProduct(p.id(), p.kind(), p.title(), p.summary(), p.institutionId(), p.status(),
					p.reviewComment(), p.createdAt(), p.createdBy(), p.updatedAt(), p.updatedBy(), p.publishedAt(),
					p.publishedBy(), p.version(), authors.getOrDefault(p.id(), List.of()),
					areas.getOrDefault(p.id(), List.of()), indicators.getOrDefault(p.id(), List.of()),
					states.getOrDefault(p.id(), List.of()), files.get(p.id())))
			.toList();
	}

	private Map<Long, List<String>> codes(String column, String table, List<Long> ids, String order) {
		Map<Long, List<String>> codes = new HashMap<>();
		jdbc.sql("SELECT product_id, " + column + " FROM " + table + " WHERE product_id IN (:ids) ORDER BY product_id, "
				+ order)
			.param("ids", ids)
			.query(rs -> {
				codes.computeIfAbsent(rs.getLong("product_id"), k -> new ArrayList<>()).add(rs.getString(column));
			});
		return codes;
	}

	private Map<Long, ProductFile> files(List<Long> ids) {
		Map<Long, ProductFile> files = new HashMap<>();
		jdbc.sql("""
				SELECT product_id, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at
				FROM product_file WHERE product_id IN (:ids)""")
			.param("ids", ids)
			.query(rs -> {
				files.put(rs.getLong("product_id"), new ProductFile(rs.getString("file_name"), rs.getString("media_type"),
						rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
						instant(rs, "uploaded_at")));
			});
		return files;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
