package org.ots.platform.reviews;

/**
 * Where a national progress report stands. A DRAFT is written by the state's coordinators; once SUBMITTED it is
 * read-only and goes to the examiners; the Secretariat may send it back (RETURNED, with a comment) for the state
 * to complete and submit again.
 */
public enum ReportStatus {
	DRAFT, SUBMITTED, RETURNED;

	boolean isEditable() {
		return this != SUBMITTED;
	}
}
