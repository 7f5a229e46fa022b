package org.ots.platform.reviews;

import java.time.Instant;

/**
 * A written question to a reviewed state about one section (area) of its report, and the state's answer. A
 * question or answer after its deadline is flagged late, not refused; the Secretariat may accept it.
 */
public record WrittenQuestion(long id, long cycleId, String reviewedState, String area, String askedBy,
		String askerState, String question, Instant askedAt, boolean askedLate, String answer, String answeredBy,
		Instant answeredAt, boolean answeredLate, boolean lateAccepted, int version) {

	public boolean isAnswered() {
		return answer != null;
	}

	/** Late (asked or answered) and not accepted by the Secretariat. */
	public boolean isFlaggedLate() {
		return (askedLate || answeredLate) && !lateAccepted;
	}
}
