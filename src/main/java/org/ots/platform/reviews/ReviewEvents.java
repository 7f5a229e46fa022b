package org.ots.platform.reviews;

/**
 * Past-tense events of the review, for notifications and other modules. They carry ids and codes, never objects.
 */
public final class ReviewEvents {

	private ReviewEvents() {
	}

	/** A state submitted its national progress report. */
	public record ReportSubmitted(long cycleId, int year, String state) {
	}

	/** The Secretariat returned a submitted report to its state, with a comment. */
	public record ReportReturned(long cycleId, int year, String state, String comment) {
	}

	/** A written question was asked of a reviewed state. */
	public record QuestionAsked(long cycleId, int year, long questionId, String reviewedState, String askedByState) {
	}

	/** The reviewed state answered a written question. */
	public record AnswerPosted(long cycleId, int year, long questionId, String reviewedState, String askedByState) {
	}

	/** Recommendations addressed to a state were adopted (agreed or noted) at the review meeting. */
	public record RecommendationsAdopted(long cycleId, int year, String state, int count) {
	}

	/** The examiners and institutions of a cycle were assigned (or the assignment changed). */
	public record ExaminersAssigned(long cycleId, int year) {
	}
}
