package org.ots.platform.indicators.imports;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One uploaded file on its way into the platform, as the job page and the API show it. The counts add up:
 * every data row of the file is inserted, updated, unchanged, skipped (outside the platform's states) or bad.
 */
record ImportJob(long id, String fileName, String format, Status status, int totalRows, int processedRows,
		int insertedRows, int updatedRows, int unchangedRows, int skippedRows, Map<String, Integer> skippedDetail,
		List<RowError> errors, int errorCount, String message, String createdBy, Instant createdAt,
		Instant finishedAt, String unmappedPublisher, String unmappedCode, String defaultSource, String workFile) {

	enum Status {
		/** Waiting for a free import worker. */
		QUEUED,
		/** Reading and checking the rows; nothing is written yet. */
		VALIDATING,
		/** A publisher's indicator is not mapped to ours: the user picks it, then the job continues. */
		NEEDS_MAPPING,
		/** All rows are valid; they are being written in one transaction. */
		WRITING,
		/** Written. */
		DONE,
		/** Refused whole because of the listed errors; nothing was written. */
		REJECTED,
		/** Stopped by a fault of the platform; nothing was written. */
		FAILED;

		boolean running() {
			return this == QUEUED || this == VALIDATING || this == WRITING;
		}
	}

	public boolean running() {
		return status.running();
	}

	/** When the file was uploaded, in UTC as the audit trail writes times. */
	public String createdAtText() {
		return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
			.format(createdAt.atOffset(java.time.ZoneOffset.UTC));
	}

	public int percent() {
		if (status == Status.DONE) {
			return 100;
		}
		return totalRows <= 0 ? 0 : (int) Math.min(100, 100L * processedRows / totalRows);
	}
}
