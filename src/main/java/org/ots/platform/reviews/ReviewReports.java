package org.ots.platform.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review reports' findings, factual-check comments and meeting records. */
@Repository
class ReviewReports {

	private final JdbcClient jdbc;

	ReviewReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The report's id, created empty on first use. */
	long idOf(long cycleId, String state) {
		List<Long> ids = jdbc.sql("SELECT id FROM review_report WHERE cycle_id = ? AND state_code = ?")
			.params(cycleId, state)
			.query(Long.class)
			.list();
		if (!ids.isEmpty()) {
			return ids.get(0);
		}
		jdbc.sql("INSERT INTO review_report (cycle_id, state_code) VALUES (?, ?)").params(cycleId, state).update();
		return idOf(cycleId, state);
	}

	List<ReviewReport.Finding> findings(long cycleId, String state) {
		return jdbc.sql("""
				SELECT f.* FROM review_finding f JOIN review_report r ON r.id = f.report_id
				WHERE r.cycle_id = ? AND r.state_code = ? ORDER BY f.area_code""")
			.params(cycleId, state)
			.query((rs, n) -> new ReviewReport.Finding(rs.getString("area_code"),
					Assessment.valueOf(rs.getString("assessment")), rs.getString("finding"), rs.getInt("version")))
			.list();
	}

	List<ReviewReport.Comment> comments(long cycleId, String state) {
		return jdbc.sql("""
				SELECT c.* FROM review_comment c JOIN review_report r ON r.id = c.report_id
				WHERE r.cycle_id = ? AND r.state_code = ? ORDER BY c.id""")
			.params(cycleId, state)
			.query((rs, n) -> new ReviewReport.Comment(rs.getString("area_code"), rs.getString("author"),
					rs.getString("comment"), rs.getObject("written_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	ReviewReport.Meeting meeting(long cycleId, String state) {
		return jdbc.sql("SELECT * FROM review_report WHERE cycle_id = ? AND state_code = ?")
			.params(cycleId, state)
			.query((rs, n) -> new ReviewReport.Meeting(rs.getObject("meeting_date", LocalDate.class),
					rs.getString("meeting_participants"), rs.getString("chair_conclusions"), rs.getInt("version")))
			.optional()
			.orElse(new ReviewReport.Meeting(null, null, null, 0));
	}

	/**
	 * Writes a finding: a new one when no version is given, else only if it is still the version the writer read, so
	 * that two analysts never silently overwrite each other.
	 */
	void saveFinding(long reportId, String area, Assessment assessment, String text, Integer version) {
		boolean exists = jdbc.sql("SELECT COUNT(*) FROM review_finding WHERE report_id = ? AND area_code = ?")
			.params(reportId, area)
			.query(Long.class)
			.single() > 0;
		if (!exists && version == null) {
			jdbc.sql("INSERT INTO review_finding (report_id, area_code, assessment, finding) VALUES (?, ?, ?, ?)")
				.params(reportId, area, assessment.name(), text)
				.update();
			return;
		}
		int rows = version == null ? 0 : jdbc.sql("""
				UPDATE review_finding SET assessment = ?, finding = ?, version = version + 1
				WHERE report_id = ? AND area_code = ? AND version = ?""")
			.params(assessment.name(), text, reportId, area, version)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("The finding on " + area + " was changed meanwhile.");
		}
	}

	void addComment(long reportId, String area, String author, String text, Instant at) {
		jdbc.sql("INSERT INTO review_comment (report_id, area_code, author, comment, written_at) VALUES (?, ?, ?, ?, ?)")
			.params(reportId, area, author, text, at.atOffset(ZoneOffset.UTC))
			.update();
	}

	void saveMeeting(long reportId, LocalDate date, String participants, String conclusions, int version) {
		int rows = jdbc.sql("""
				UPDATE review_report SET meeting_date = ?, meeting_participants = ?, chair_conclusions = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(date, participants, conclusions, reportId, version)
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("The meeting record was changed meanwhile.");
		}
	}
}
