package org.ots.platform.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ots.platform.reviews.Assignments;
import org.ots.platform.reviews.CycleMoved;
import org.ots.platform.reviews.CycleStatus;
import org.ots.platform.reviews.RecommendationStatus;
import org.ots.platform.reviews.ReviewEvents.Adopted;
import org.ots.platform.reviews.ReviewEvents.AnswerPosted;
import org.ots.platform.reviews.ReviewEvents.Examination;
import org.ots.platform.reviews.ReviewEvents.ExaminersAssigned;
import org.ots.platform.reviews.ReviewEvents.QuestionAsked;
import org.ots.platform.reviews.ReviewEvents.RecommendationsAdopted;
import org.ots.platform.reviews.ReviewEvents.ReportReturned;
import org.ots.platform.reviews.ReviewEvents.ReportSubmitted;
import org.springframework.stereotype.Component;

/**
 * Who the review's events concern. Each listener runs after the review's transaction committed, in a transaction
 * of its own, so that a notification never holds up or undoes the step that caused it.
 */
@Component
class ReviewNotifications {

	private final Recipients recipients;
	private final Notifier notifier;
	private final Assignments assignments;

	ReviewNotifications(Recipients recipients, Notifier notifier, Assignments assignments) {
		this.recipients = recipients;
		this.notifier = notifier;
		this.assignments = assignments;
	}

	@AfterCommitted
	void on(ReportSubmitted event) {
		notifier.deliver(recipients.secretariat(),
				Notice.of("reportSubmitted", reportLink(event.cycleId(), event.state()), event.state(), String.valueOf(event.year())));
	}

	@AfterCommitted
	void on(ReportReturned event) {
		notifier.deliver(recipients.coordinatorsOf(Set.of(event.state())), Notice.of("reportReturned",
				reportLink(event.cycleId(), event.state()), event.state(), String.valueOf(event.year()), event.comment() == null ? "" : event.comment()));
	}

	@AfterCommitted
	void on(QuestionAsked event) {
		notifier.deliver(recipients.coordinatorsOf(Set.of(event.reviewedState())), Notice.of("questionAsked",
				reportLink(event.cycleId(), event.reviewedState()), event.askedByState(), event.reviewedState(), String.valueOf(event.year())));
	}

	@AfterCommitted
	void on(AnswerPosted event) {
		notifier.deliver(recipients.actingFor(event.askedByState()), Notice.of("answerPosted",
				reportLink(event.cycleId(), event.reviewedState()), event.reviewedState(), event.askedByState(), String.valueOf(event.year())));
	}

	/** Opening the self-assessment is the call for the national reports; publication hands out the results. */
	@AfterCommitted
	void on(CycleMoved event) {
		if (event.to() == CycleStatus.SELF_ASSESSMENT && event.from() == CycleStatus.PLANNED) {
			List<Recipient> coordinators = new ArrayList<>(recipients.coordinatorsOf(event.reviewedStates()));
			notifier.deliver(coordinators, Notice.of("selfAssessmentOpen", "/reviews", String.valueOf(event.year())));
		}
		else if (event.to() == CycleStatus.PUBLISHED) {
			event.reviewedStates().forEach(state -> published(event.cycleId(), event.year(), state));
		}
	}

	/**
	 * Each examiner state's coordinators and examiners, and the experts of each assigned institution, learn whom
	 * they examine; the link leads to the reviewed state's questions, where they ask theirs.
	 */
	@AfterCommitted
	void on(ExaminersAssigned event) {
		for (Examination examination : event.examinations()) {
			List<Recipient> examiners = new ArrayList<>();
			examination.examinerStates().forEach(state -> examiners.addAll(recipients.actingFor(state)));
			examiners.addAll(recipients.expertsOf(examination.institutions()));
			List<String> institutions = recipients.institutionNames(examination.institutions());
			notifier.deliver(examiners, Notice.of("examinersAssigned",
					questionsLink(event.cycleId(), examination.reviewedState()), examination.reviewedState(),
					String.valueOf(event.year()), String.join(", ", examination.examinerStates()),
					institutions.isEmpty() ? "-" : String.join(", ", institutions)));
		}
	}

	/** The reviewed state's coordinators get what the meeting adopted: agreed and noted, each with its text. */
	@AfterCommitted
	void on(RecommendationsAdopted event) {
		notifier.deliver(recipients.coordinatorsOf(Set.of(event.state())), Notice.of("recommendationsAdopted",
				reviewLink(event.cycleId(), event.state()), event.state(), String.valueOf(event.year()),
				lines(event.recommendations(), RecommendationStatus.AGREED),
				lines(event.recommendations(), RecommendationStatus.NOTED)));
	}

	/** The published review report of a state goes to its coordinators and to those who examined it. */
	private void published(long cycleId, int year, String state) {
		List<Recipient> concerned = new ArrayList<>(recipients.coordinatorsOf(Set.of(state)));
		concerned.addAll(recipients.examinersOf(assignments.examinerStates(cycleId, state)));
		concerned.addAll(recipients.expertsOf(assignments.institutions(cycleId, state)));
		notifier.deliver(concerned, Notice.of("cyclePublished", reviewLink(cycleId, state), state, String.valueOf(year)));
	}

	/** The adopted recommendations of one decision, a line each (code, due date, text); "-" when there are none. */
	private static String lines(List<Adopted> adopted, RecommendationStatus decision) {
		List<String> lines = adopted.stream()
			.filter(a -> a.status() == decision)
			.map(a -> "- " + a.code() + (a.dueDate() == null ? "" : " (" + a.dueDate() + ")") + ": " + a.text())
			.toList();
		return lines.isEmpty() ? "-" : String.join("\n", lines);
	}

	/** The review report of a state: its findings and recommendations, public once the cycle is published. */
	static String reviewLink(long cycleId, String state) {
		return "/reviews/" + cycleId + "/review/" + state;
	}

	/** The written questions to a reviewed state. */
	static String questionsLink(long cycleId, String state) {
		return "/reviews/" + cycleId + "/questions/" + state;
	}

	/** The reviewed state's national report: the page where the report, and later its questions, are read. */
	static String reportLink(long cycleId, String state) {
		return "/reviews/" + cycleId + "/reports/" + state;
	}
}
