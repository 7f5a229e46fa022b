package org.ots.platform.indicators.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import javax.sql.DataSource;

import org.ots.platform.indicators.ObservationStatus;
import org.ots.platform.indicators.ObservationsChanged;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes validated rows in a few set-based statements: the rows go to import_staging (PostgreSQL's COPY, or
 * batched inserts on H2), then changed values are archived as history and updated, new keys inserted, and the
 * rest counted as unchanged. Runs inside the caller's transaction, so an import is written whole or not at all.
 */
@Component
class ImportWriter {

	private static final ObservationStatus[] STATUSES = ObservationStatus.values();
	private static final int BATCH = 5000;

	/** Both sides of a key of observation (indicator, state, period, source). */
	private static final String SAME_KEY = "s.indicator_code = o.indicator_code AND s.state_code = o.state_code"
			+ " AND s.period = o.period AND s.source = o.source";
	private static final String CHANGED = "(s.obs_value <> o.obs_value OR s.status <> o.status"
			+ " OR COALESCE(s.note, '') <> COALESCE(o.note, ''))";

	private final JdbcClient jdbc;
	private final DataSource dataSource;

	ImportWriter(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	record Written(int inserted, int updated, int unchanged, Set<String> series) {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Written write(long importId, ImportRows rows, String by, Instant at) {
		stage(importId, rows);
		OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
		// A new key becomes the reference only if no source has a value for its indicator, state and period yet.
		jdbc.sql("""
				UPDATE import_staging s SET first_source = FALSE
				WHERE s.import_id = ? AND s.first_source AND EXISTS (SELECT 1 FROM observation o
				  WHERE o.indicator_code = s.indicator_code AND o.state_code = s.state_code AND o.period = s.period)""")
			.param(importId)
			.update();
		// Marking the known keys first keeps the insert below from reading observation while writing it, which
		// PostgreSQL may otherwise plan as a scan of the growing table per row.
		int existing = jdbc.sql("""
				UPDATE import_staging s SET existing = TRUE
				WHERE s.import_id = ? AND EXISTS (SELECT 1 FROM observation o WHERE %s)""".formatted(SAME_KEY))
			.param(importId)
			.update();
		int updated = existing == 0 ? 0 : jdbc.sql("""
				INSERT INTO observation_history (observation_id, indicator_code, state_code, period, source, obs_value,
				  status, note, reference, version, changed_by, changed_at, superseded_by, superseded_at, change_kind)
				SELECT o.id, o.indicator_code, o.state_code, o.period, o.source, o.obs_value, o.status, o.note,
				  o.reference, o.version, o.changed_by, o.changed_at, ?, ?, 'IMPORT'
				FROM observation o JOIN import_staging s ON s.import_id = ? AND %s
				WHERE %s""".formatted(SAME_KEY, CHANGED))
			.params(by, when, importId)
			.update();
		if (updated > 0) {
			String pick = "(SELECT s.%s FROM import_staging s WHERE s.import_id = :id AND " + SAME_KEY + ")";
			jdbc.sql("""
					UPDATE observation o SET obs_value = %s, status = %s, note = %s, illustrative = FALSE,
					  changed_by = :by, changed_at = :at, import_id = :id, version = o.version + 1
					WHERE EXISTS (SELECT 1 FROM import_staging s WHERE s.import_id = :id AND %s AND %s)"""
				.formatted(pick.formatted("obs_value"), pick.formatted("status"), pick.formatted("note"), SAME_KEY,
						CHANGED))
				.param("id", importId)
				.param("by", by)
				.param("at", when)
				.update();
		}
		int inserted = jdbc.sql("""
				INSERT INTO observation (indicator_code, state_code, period, obs_year, source, obs_value, status, note,
				  reference, illustrative, changed_by, changed_at, import_id, version)
				SELECT s.indicator_code, s.state_code, s.period, s.obs_year, s.source, s.obs_value, s.status, s.note,
				  s.first_source, FALSE, ?, ?, s.import_id, 0
				FROM import_staging s
				WHERE s.import_id = ? AND NOT s.existing""")
			.params(by, when, importId)
			.update();
		Set<String> series = jdbc.sql("SELECT DISTINCT indicator_code, state_code FROM observation WHERE import_id = ?")
			.param(importId)
			.query((rs, n) -> ObservationsChanged.seriesKey(rs.getString(1), rs.getString(2)))
			.set();
		jdbc.sql("DELETE FROM import_staging WHERE import_id = ?").param(importId).update();
		return new Written(inserted, updated, rows.size() - inserted - updated, series);
	}

	private void stage(long importId, ImportRows rows) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			if (connection.isWrapperFor(PGConnection.class)) {
				copy(connection.unwrap(PGConnection.class), importId, rows);
			}
			else {
				insertInBatches(connection, importId, rows);
			}
		}
		catch (SQLException | IOException e) {
			throw new IllegalStateException("Loading the rows into import_staging failed: " + e.getMessage(), e);
		}
	}

	private static void copy(PGConnection connection, long importId, ImportRows rows) throws SQLException, IOException {
		CopyIn copy = connection.getCopyAPI()
			.copyIn("COPY import_staging (import_id, indicator_code, state_code, period, obs_year, source, obs_value,"
					+ " status, note, first_source) FROM STDIN");
		try {
			String id = Long.toString(importId);
			String[] sources = rows.sources.all().stream().map(ImportWriter::copyText).toArray(String[]::new);
			StringBuilder text = new StringBuilder(1 << 20);
			for (int i = 0; i < rows.size(); i++) {
				text.append(id).append('\t').append(rows.indicator(i)).append('\t').append(rows.state(i)).append('\t');
				text.append(rows.period(i).code()).append('\t').append(rows.period(i).year()).append('\t');
				text.append(sources[rows.sourceIndex(i)]).append('\t').append(rows.value(i)).append('\t');
				text.append(STATUSES[rows.status(i)].name()).append('\t');
				String note = rows.note(i);
				text.append(note == null ? "\\N" : copyText(note)).append('\t');
				text.append(rows.firstSource(i) ? 't' : 'f').append('\n');
				if (text.length() > (1 << 20) - 2048) {
					send(copy, text);
				}
			}
			send(copy, text);
			copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	private static void send(CopyIn copy, StringBuilder text) throws SQLException {
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		text.setLength(0);
	}

	/** Escapes text for COPY's text format, where backslash, tab and line breaks are special. */
	private static String copyText(String text) {
		if (text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	private static void insertInBatches(Connection connection, long importId, ImportRows rows) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO import_staging (import_id, indicator_code, state_code, period, obs_year, source, obs_value,
				  status, note, first_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			for (int i = 0; i < rows.size(); i++) {
				insert.setLong(1, importId);
				insert.setString(2, rows.indicator(i));
				insert.setString(3, rows.state(i));
				insert.setString(4, rows.period(i).code());
				insert.setInt(5, rows.period(i).year());
				insert.setString(6, rows.source(i));
				insert.setDouble(7, rows.value(i));
				insert.setString(8, STATUSES[rows.status(i)].name());
				if (rows.note(i) == null) {
					insert.setNull(9, Types.VARCHAR);
				}
				else {
					insert.setString(9, rows.note(i));
				}
				insert.setBoolean(10, rows.firstSource(i));
				insert.addBatch();
				if ((i + 1) % BATCH == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
	}
}
