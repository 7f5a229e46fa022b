package org.ots.platform.indicators.imports;

import org.ots.platform.identity.CurrentUser;
import org.ots.platform.identity.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The import jobs. Status and progress are written in statements of their own, outside the write transaction,
 * so that the page polling a job sees them at once.
 */
@Repository
class ImportJobs {

	private final JdbcClient jdbc;

	ImportJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(String fileName, String format, CurrentUser by, Instant at, String defaultSource, String workFile) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO import_job (file_name, file_format, status, created_by, acting_role, acting_state, created_at,
				  default_source, work_file)
				VALUES (?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?)""")
			.params(fileName, format, by.username(), by.role() == null ? null : by.role().name(), by.stateCode(),
					utc(at), defaultSource, workFile)
			.update(keys, "id");
		return keys.getKeyAs(Long.class) != null ? keys.getKeyAs(Long.class) : keys.getKey().longValue();
	}

	/** The rights the job was started with: those of its uploader at the time of the upload. */
	CurrentUser actingUser(long id) {
		return jdbc.sql("SELECT created_by, acting_role, acting_state FROM import_job WHERE id = ?")
			.param(id)
			.query((rs, n) -> new CurrentUser(rs.getString("created_by"),
					rs.getString("acting_role") == null ? null : Role.valueOf(rs.getString("acting_role")),
					rs.getString("acting_state"), null))
			.single();
	}

	Optional<ImportJob> find(long id) {
		return jdbc.sql("SELECT * FROM import_job WHERE id = ?").param(id).query(ImportJobs::map).optional();
	}

	/** The latest jobs, of one user or (null) of everybody. */
	List<ImportJob> recent(String createdBy, int limit) {
		String filter = createdBy == null ? "" : " WHERE created_by = :by";
		var spec = jdbc.sql("SELECT * FROM import_job" + filter + " ORDER BY created_at DESC, id DESC LIMIT :limit")
			.param("limit", limit);
		if (createdBy != null) {
			spec = spec.param("by", createdBy);
		}
		return spec.query(ImportJobs::map).list();
	}

	void status(long id, ImportJob.Status status, String format) {
		jdbc.sql("UPDATE import_job SET status = ?, file_format = ? WHERE id = ?").params(status.name(), format, id).update();
	}

	void progress(long id, int processed, int total) {
		jdbc.sql("UPDATE import_job SET processed_rows = ?, total_rows = ? WHERE id = ?").params(processed, total, id).update();
	}

	void needsMapping(long id, String publisher, String code) {
		jdbc.sql("UPDATE import_job SET status = 'NEEDS_MAPPING', unmapped_publisher = ?, unmapped_code = ? WHERE id = ?")
			.params(publisher, code, id)
			.update();
	}

	void requeue(long id) {
		jdbc.sql("UPDATE import_job SET status = 'QUEUED', unmapped_publisher = NULL, unmapped_code = NULL,"
				+ " processed_rows = 0 WHERE id = ?").param(id).update();
	}

	void reject(long id, int total, int skipped, Map<String, Integer> skippedDetail, ImportErrors errors, Instant at) {
		jdbc.sql("""
				UPDATE import_job SET status = 'REJECTED', total_rows = ?, processed_rows = ?, skipped_rows = ?,
				  skipped_detail = ?, errors = ?, error_count = ?, work_file = NULL, finished_at = ? WHERE id = ?""")
			.params(total, total, skipped, detail(skippedDetail),
					errors.listed().stream().map(RowError::toLine).collect(Collectors.joining("\n")), errors.count(),
					utc(at), id)
			.update();
	}

	/** Marks the job written; runs inside the write transaction, so the counts appear together with the rows. */
	void done(long id, int total, int inserted, int updated, int unchanged, int skipped,
			Map<String, Integer> skippedDetail, Instant at) {
		jdbc.sql("""
				UPDATE import_job SET status = 'DONE', total_rows = ?, processed_rows = ?, inserted_rows = ?,
				  updated_rows = ?, unchanged_rows = ?, skipped_rows = ?, skipped_detail = ?, work_file = NULL,
				  finished_at = ? WHERE id = ?""")
			.params(total, total, inserted, updated, unchanged, skipped, detail(skippedDetail), utc(at), id)
			.update();
	}

	void fail(long id, String message, Instant at) {
		jdbc.sql("UPDATE import_job SET status = 'FAILED', message = ?, work_file = NULL, finished_at = ? WHERE id = ?")
			.params(message.length() > 1000 ? message.substring(0, 1000) : message, utc(at), id)
			.update();
	}

	private static String detail(Map<String, Integer> skipped) {
		return skipped.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
	}

	private static Map<String, Integer> parseDetail(String text) {
		Map<String, Integer> detail = new LinkedHashMap<>();
		if (text != null && !text.isBlank()) {
			for (String line : text.split("\n")) {
				int eq = line.lastIndexOf('=');
				detail.put(line.substring(0, eq), Integer.parseInt(line.substring(eq + 1)));
			}
		}
		return detail;
	}

	private static ImportJob map(ResultSet rs, int row) throws SQLException {
		String errors = rs.getString("errors");
		List<RowError> list = errors == null || errors.isBlank() ? List.of()
				: Arrays.stream(errors.split("\n")).map(RowError::fromLine).toList();
		return new ImportJob(rs.getLong("id"), rs.getString("file_name"), rs.getString("file_format"),
				ImportJob.Status.valueOf(rs.getString("status")), rs.getInt("total_rows"), rs.getInt("processed_rows"),
				rs.getInt("inserted_rows"), rs.getInt("updated_rows"), rs.getInt("unchanged_rows"),
				rs.getInt("skipped_rows"), parseDetail(rs.getString("skipped_detail")), list, rs.getInt("error_count"),
				rs.getString("message"), rs.getString("created_by"), instant(rs, "created_at"),
				instant(rs, "finished_at"), rs.getString("unmapped_publisher"), rs.getString("unmapped_code"),
				rs.getString("default_source"), rs.getString("work_file"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
