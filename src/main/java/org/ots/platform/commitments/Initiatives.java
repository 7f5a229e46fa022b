package org.ots.platform.commitments;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ots.platform.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The stored documents and their commitments. Written with plain SQL rather than as one Spring Data aggregate
 * because commitments keep their ids across edits: targets and national reports refer to them.
 */
@Repository
class Initiatives {

	private static final String INITIATIVE = "SELECT id, code, kind, title_en, title_ru, title_tr, adopted_on, place, "
			+ "reference_url, summary_en, summary_ru, summary_tr, version FROM initiative";
	private static final String COMMITMENT = "SELECT c.id, c.initiative_id, i.code AS initiative_code, c.reference, "
			+ "c.text_en, c.text_ru, c.text_tr, c.area_code, c.due_date, c.sort_order, c.summary_basis, c.version "
			+ "FROM commitment c JOIN initiative i ON i.id = c.initiative_id";
	private static final String COMMITMENT_ORDER = " ORDER BY i.adopted_on, i.code, c.sort_order, c.id";

	private final JdbcClient jdbc;

	Initiatives(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every document, oldest first, with its commitments. */
	List<Initiative> findAll() {
		List<Initiative> all = jdbc.sql(INITIATIVE + " ORDER BY adopted_on, code").query(Initiatives::initiative).list();
		Map<Long, List<Commitment>> byInitiative = new HashMap<>();
		for (Commitment c : commitments(jdbc.sql(COMMITMENT + COMMITMENT_ORDER))) {
			byInitiative.computeIfAbsent(c.initiativeId(), k -> new ArrayList<>()).add(c);
		}
		return all.stream().map(i -> i.withCommitments(byInitiative.getOrDefault(i.id(), List.of()))).toList();
	}

	Optional<Initiative> findByCode(String code) {
		return jdbc.sql(INITIATIVE + " WHERE code = ?")
			.param(code)
			.query(Initiatives::initiative)
			.optional()
			.map(i -> i.withCommitments(commitments(jdbc.sql(COMMITMENT + " WHERE c.initiative_id = :id" + COMMITMENT_ORDER)
				.param("id", i.id()))));
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM initiative").query(Long.class).single() == 0;
	}

	long insert(Initiative i) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO initiative (code, kind, title_en, title_ru, title_tr, adopted_on, place, reference_url,
				  summary_en, summary_ru, summary_tr, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(i.code(), i.kind().name(), i.title().en(), i.title().ru(), i.title().tr(), i.adoptedOn(), i.place(),
					i.referenceUrl(), i.summary().en(), i.summary().ru(), i.summary().tr())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Writes the new content if nobody changed the document since {@code expectedVersion}; false if somebody did. */
	boolean update(long id, int expectedVersion, Initiative i) {
		return jdbc.sql("""
				UPDATE initiative SET kind = ?, title_en = ?, title_ru = ?, title_tr = ?, adopted_on = ?, place = ?,
				  reference_url = ?, summary_en = ?, summary_ru = ?, summary_tr = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(i.kind().name(), i.title().en(), i.title().ru(), i.title().tr(), i.adoptedOn(), i.place(),
					i.referenceUrl(), i.summary().en(), i.summary().ru(), i.summary().tr(), id, expectedVersion)
			.update() == 1;
	}

	Optional<Commitment> findCommitment(long id) {
		return commitments(jdbc.sql(COMMITMENT + " WHERE c.id = :id").param("id", id)).stream().findFirst();
	}

	/** The commitments matching the query, in document order, one page of them. */
	CommitmentPage search(CommitmentQuery query, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.area() != null) {
			where.append(" AND c.area_code = :area");
			params.put("area", query.area());
		}
		if (query.initiative() != null) {
			where.append(" AND i.code = :initiative");
			params.put("initiative", query.initiative());
		}
		if (query.state() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM commitment_state s WHERE s.commitment_id = c.id AND s.state_code = :state)");
			params.put("state", query.state());
		}
		if (query.indicator() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM commitment_indicator x WHERE x.commitment_id = c.id"
					+ " AND x.indicator_code = :indicator)");
			params.put("indicator", query.indicator());
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM commitment c JOIN initiative i ON i.id = c.initiative_id" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<Commitment> items = commitments(
				jdbc.sql(COMMITMENT + where + COMMITMENT_ORDER + " LIMIT :limit OFFSET :offset").params(params));
		return new CommitmentPage(items, page, size, total);
	}

	long insertCommitment(Commitment c) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO commitment (initiative_id, reference, text_en, text_ru, text_tr, area_code, due_date,
				  sort_order, summary_basis, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(c.initiativeId(), c.reference(), c.text().en(), c.text().ru(), c.text().tr(), c.areaCode(),
					c.dueDate(), c.sortOrder(), c.summaryBasis())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		writeLinks(id, c);
		return id;
	}

	/** Writes the new content and links if nobody changed the commitment since {@code expectedVersion}. */
	boolean updateCommitment(long id, int expectedVersion, Commitment c) {
		boolean updated = jdbc.sql("""
				UPDATE commitment SET reference = ?, text_en = ?, text_ru = ?, text_tr = ?, area_code = ?, due_date = ?,
				  sort_order = ?, summary_basis = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(c.reference(), c.text().en(), c.text().ru(), c.text().tr(), c.areaCode(), c.dueDate(), c.sortOrder(),
					c.summaryBasis(), id, expectedVersion)
			.update() == 1;
		if (updated) {
			jdbc.sql("DELETE FROM commitment_indicator WHERE commitment_id = ?").param(id).update();
			jdbc.sql("DELETE FROM commitment_state WHERE commitment_id = ?").param(id).update();
			writeLinks(id, c);
		}
		return updated;
	}

	boolean deleteCommitment(long id, int expectedVersion) {
		return jdbc.sql("DELETE FROM commitment WHERE id = ? AND version = ?").params(id, expectedVersion).update() == 1;
	}

	int nextSortOrder(long initiativeId) {
		return jdbc.sql("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM commitment WHERE initiative_id = ?")
			.param(initiativeId)
			.query(Integer.class)
			.single();
	}

	private void writeLinks(long id, Commitment c) {
		for (String indicator : c.indicatorCodes()) {
			jdbc.sql("INSERT INTO commitment_indicator (commitment_id, indicator_code) VALUES (?, ?)")
				.params(id, indicator)
				.update();
		}
		for (String state : c.stateCodes()) {
			jdbc.sql("INSERT INTO commitment_state (commitment_id, state_code) VALUES (?, ?)").params(id, state).update();
		}
	}

	/** Reads commitments and attaches their linked indicators and states in two further queries. */
	private List<Commitment> commitments(JdbcClient.StatementSpec spec) {
		List<Commitment> rows = spec.query(Initiatives::commitment).list();
		if (rows.isEmpty()) {
			return rows;
		}
		List<Long> ids = rows.stream().map(Commitment::id).toList();
		Map<Long, List<String>> indicators = links("indicator_code", "commitment_indicator", ids);
		Map<Long, List<String>> states = links("state_code", "commitment_state", ids);
		return rows.stream()
			.map(c -> new Commitment(c.id(), c.initiativeId(), c.initiativeCode(), c.reference(), c.text(), c.areaCode(),
					c.dueDate(), c.sortOrder(), c.summaryBasis(), indicators.getOrDefault(c.id(), List.of()),
					states.getOrDefault(c.id(), List.of()), c.version()))
			.toList();
	}

	private Map<Long, List<String>> links(String column, String table, Collection<Long> ids) {
		Map<Long, List<String>> result = new HashMap<>();
		String order = table.equals("commitment_state")
				? " ORDER BY (SELECT sort_order FROM state WHERE state.code = l.state_code)" : " ORDER BY l." + column;
		jdbc.sql("SELECT l.commitment_id, l." + column + " FROM " + table + " l WHERE l.commitment_id IN (:ids)" + order)
			.param("ids", ids)
			.query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return result;
	}

	private static Initiative initiative(ResultSet rs, int row) throws SQLException {
		return new Initiative(rs.getLong("id"), rs.getString("code"), InitiativeKind.valueOf(rs.getString("kind")),
				new LocalizedText(rs.getString("title_en"), rs.getString("title_ru"), rs.getString("title_tr")),
				date(rs, "adopted_on"), rs.getString("place"), rs.getString("reference_url"),
				new LocalizedText(rs.getString("summary_en"), rs.getString("summary_ru"), rs.getString("summary_tr")),
				rs.getInt("version"), List.of());
	}

	private static Commitment commitment(ResultSet rs, int row) throws SQLException {
		return new Commitment(rs.getLong("id"), rs.getLong("initiative_id"), rs.getString("initiative_code"),
				rs.getString("reference"),
				new LocalizedText(rs.getString("text_en"), rs.getString("text_ru"), rs.getString("text_tr")),
				rs.getString("area_code"), date(rs, "due_date"), rs.getInt("sort_order"), rs.getString("summary_basis"),
				List.of(), List.of(), rs.getInt("version"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date value = rs.getDate(column);
		return value == null ? null : value.toLocalDate();
	}
}
