package org.ots.platform.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ots.platform.shared.DocumentKind;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The national reports, their sections with every saved version, commitment statuses and attachments. */
@Repository
class NationalReports {

	/** An attachment as listed (without its content). */
	record AttachmentInfo(long id, String fileName, DocumentKind kind, long size, String uploadedBy, Instant uploadedAt) {
	}

	record Attachment(AttachmentInfo info, byte[] content) {
	}

	/** One saved version of a section. */
	record SectionVersion(int version, String narrative, boolean notApplicable, String reason, String savedBy,
			Instant savedAt) {
	}

	private final JdbcClient jdbc;

	NationalReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<NationalReport> find(long cycleId, String state) {
		return jdbc.sql("SELECT * FROM national_report WHERE cycle_id = ? AND state_code = ?")
			.params(cycleId, state)
			.query(this::map)
			.optional();
	}

	/** The states of a cycle whose national report stands submitted now (not drafts, not returned ones). */
	Set<String> submittedStates(long cycleId) {
		return new TreeSet<>(jdbc.sql("SELECT state_code FROM national_report WHERE cycle_id = ? AND status = ?")
			.params(cycleId, ReportStatus.SUBMITTED.name())
			.query(String.class)
			.list());
	}

	/** Where each state's national report of a cycle stands; a state that has not opened its report is absent. */
	Map<String, ReportStatus> statuses(long cycleId) {
		Map<String, ReportStatus> statuses = new TreeMap<>();
		jdbc.sql("SELECT state_code, status FROM national_report WHERE cycle_id = ?")
			.param(cycleId)
			.query((rs, n) -> Map.entry(rs.getString("state_code"), ReportStatus.valueOf(rs.getString("status"))))
			.list()
			.forEach(e -> statuses.put(e.getKey(), e.getValue()));
		return statuses;
	}

	/** Opens the report of a state; a concurrent opening by a colleague is harmless, the row is the same. */
	long open(long cycleId, String state) {
		Optional<NationalReport> existing = find(cycleId, state);
		if (existing.isPresent()) {
			return existing.get().id();
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO national_report (cycle_id, state_code, status, created_at, version) VALUES (?, ?, ?, CURRENT_TIMESTAMP, 0)")
			.params(cycleId, state, ReportStatus.DRAFT.name())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Writes the report's status if nobody changed it since it was read. */
	void updateStatus(NationalReport report) {
		int rows = jdbc.sql("""
				UPDATE national_report SET status = ?, return_comment = ?, submitted_by = ?, submitted_at = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(report.status().name(), report.returnComment(), report.submittedBy(), utc(report.submittedAt()),
					report.id(), report.version())
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("The report was changed meanwhile; reload it.");
		}
	}

	/**
	 * Saves a section if it is still at the version the writer started from, and keeps the saved text as a new
	 * version. Returns false, saving nothing, when someone else saved it meanwhile.
	 */
	boolean saveSection(long reportId, ReportSection section, int expectedVersion) {
		int rows;
		if (expectedVersion == 0) {
			rows = sectionId(reportId, section.areaCode()).isPresent() ? 0 : jdbc.sql("""
					INSERT INTO report_section (report_id, area_code, narrative, not_applicable, na_reason, updated_by, updated_at, version)
					VALUES (?, ?, ?, ?, ?, ?, ?, 1)""")
				.params(reportId, section.areaCode(), section.narrative(), section.notApplicable(),
						section.notApplicableReason(), section.savedBy(), utc(section.savedAt()))
				.update();
		}
		else {
			rows = jdbc.sql("""
					UPDATE report_section SET narrative = ?, not_applicable = ?, na_reason = ?, updated_by = ?, updated_at = ?,
					  version = version + 1
					WHERE report_id = ? AND area_code = ? AND version = ?""")
				.params(section.narrative(), section.notApplicable(), section.notApplicableReason(), section.savedBy(),
						utc(section.savedAt()), reportId, section.areaCode(), expectedVersion)
				.update();
		}
		if (rows == 0) {
			return false;
		}
		long sectionId = sectionId(reportId, section.areaCode()).orElseThrow();
		jdbc.sql("""
				INSERT INTO report_section_version (section_id, version, narrative, not_applicable, na_reason, saved_by, saved_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(sectionId, expectedVersion + 1, section.narrative(), section.notApplicable(),
					section.notApplicableReason(), section.savedBy(), utc(section.savedAt()))
			.update();
		return true;
	}

	List<SectionVersion> history(long reportId, String areaCode) {
		return jdbc.sql("""
				SELECT v.* FROM report_section_version v JOIN report_section s ON s.id = v.section_id
				WHERE s.report_id = ? AND s.area_code = ? ORDER BY v.version DESC""")
			.params(reportId, areaCode)
			.query((rs, n) -> new SectionVersion(rs.getInt("version"), rs.getString("narrative"),
					rs.getBoolean("not_applicable"), rs.getString("na_reason"), rs.getString("saved_by"),
					instant(rs, "saved_at")))
			.list();
	}

	void saveCommitmentStatus(long reportId, CommitmentStatus status) {
		jdbc.sql("DELETE FROM report_commitment_status WHERE report_id = ? AND commitment_id = ?")
			.params(reportId, status.commitmentId())
			.update();
		jdbc.sql("""
				INSERT INTO report_commitment_status (report_id, commitment_id, progress, note, updated_by, updated_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(reportId, status.commitmentId(), status.progress().name(), status.note(), status.updatedBy(),
					utc(status.updatedAt()))
			.update();
	}

	long addAttachment(long reportId, String fileName, DocumentKind kind, byte[] content, String by, Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO report_attachment (report_id, file_name, kind, size_bytes, content, uploaded_by, uploaded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(reportId, fileName, kind.name(), content.length, content, by, utc(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	List<AttachmentInfo> attachments(long reportId) {
		return jdbc.sql("SELECT id, file_name, kind, size_bytes, uploaded_by, uploaded_at FROM report_attachment"
				+ " WHERE report_id = ? ORDER BY id")
			.param(reportId)
			.query(NationalReports::info)
			.list();
	}

	Optional<Attachment> attachment(long reportId, long id) {
		return jdbc.sql("SELECT * FROM report_attachment WHERE report_id = ? AND id = ?")
			.params(reportId, id)
			.query((rs, n) -> new Attachment(info(rs, n), rs.getBytes("content")))
			.optional();
	}

	private Optional<Long> sectionId(long reportId, String area) {
		return jdbc.sql("SELECT id FROM report_section WHERE report_id = ? AND area_code = ?")
			.params(reportId, area)
			.query(Long.class)
			.optional();
	}

	private NationalReport map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<ReportSection> sections = jdbc.sql("SELECT * FROM report_section WHERE report_id = ?")
			.param(id)
			.query((r, n) -> new ReportSection(r.getString("area_code"), r.getString("narrative"),
					r.getBoolean("not_applicable"), r.getString("na_reason"), r.getString("updated_by"),
					instant(r, "updated_at"), r.getInt("version")))
			.list();
		List<CommitmentStatus> commitments = jdbc.sql("SELECT * FROM report_commitment_status WHERE report_id = ?")
			.param(id)
			.query((r, n) -> new CommitmentStatus(r.getLong("commitment_id"),
					CommitmentProgress.valueOf(r.getString("progress")), r.getString("note"), r.getString("updated_by"),
					instant(r, "updated_at")))
			.list();
		return new NationalReport(id, rs.getLong("cycle_id"), rs.getString("state_code"),
				ReportStatus.valueOf(rs.getString("status")), rs.getString("return_comment"),
				rs.getString("submitted_by"), instant(rs, "submitted_at"), rs.getInt("version"), sections, commitments);
	}

	private static AttachmentInfo info(ResultSet rs, int row) throws SQLException {
		return new AttachmentInfo(rs.getLong("id"), rs.getString("file_name"), DocumentKind.valueOf(rs.getString("kind")),
				rs.getLong("size_bytes"), rs.getString("uploaded_by"), instant(rs, "uploaded_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
