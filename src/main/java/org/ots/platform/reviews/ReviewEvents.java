package org.ots.platform.reviews;

import java.time.LocalDate;
import java.util.List;

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

	/**
	 * Recommendations addressed to a state were adopted (agreed or noted) at the review meeting. They travel with
	 * the event as adopted, so that whoever is told reads what the meeting decided.
	 */
	public record RecommendationsAdopted(long cycleId, int year, String state, List<Adopted> recommendations) {

		public RecommendationsAdopted {
			recommendations = List.copyOf(recommendations);
		}
	}

	/** One adopted recommendation: its code, AGREED or NOTED, its due date and its text. */
	public record Adopted(String code, RecommendationStatus status, LocalDate dueDate, String text) {
	}

	/**
	 * Examiners were assigned in a cycle: when the Secretariat accepts the proposal, every reviewed state's
	 * examination; when it changes one state's examiners afterwards, that state's only.
	 */
	public record ExaminersAssigned(long cycleId, int year, List<Examination> examinations) {

		public ExaminersAssigned {
			examinations = List.copyOf(examinations);
		}
	}

	/** Who examines one reviewed state: the examiner states and the ids of the expert institutions. */
	public record Examination(String reviewedState, List<String> examinerStates, List<Long> institutions) {

		public Examination {
			examinerStates = List.copyOf(examinerStates);
			institutions = List.copyOf(institutions);
		}
	}
}
