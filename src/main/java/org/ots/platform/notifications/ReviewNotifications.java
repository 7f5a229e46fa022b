package org.ots.platform.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ots.platform.reviews.CycleMoved;
import org.ots.platform.reviews.CycleStatus;
import org.ots.platform.reviews.ReviewEvents.AnswerPosted;
import org.ots.platform.reviews.ReviewEvents.QuestionAsked;
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

	ReviewNotifications(Recipients recipients, Notifier notifier) {
		this.recipients = recipients;
		this.notifier = notifier;
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

	/** Opening the self-assessment is the call for the national reports. */
	@AfterCommitted
	void on(CycleMoved event) {
		if (event.to() != CycleStatus.SELF_ASSESSMENT || event.from() != CycleStatus.PLANNED) {
			return;
		}
		List<Recipient> coordinators = new ArrayList<>(recipients.coordinatorsOf(event.reviewedStates()));
		notifier.deliver(coordinators, Notice.of("selfAssessmentOpen", "/reviews", String.valueOf(event.year())));
	}

	/** The reviewed state's national report: the page where the report, and later its questions, are read. */
	static String reportLink(long cycleId, String state) {
		return "/reviews/" + cycleId + "/reports/" + state;
	}
}
