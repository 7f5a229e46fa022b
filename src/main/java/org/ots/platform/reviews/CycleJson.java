package org.ots.platform.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A cycle's public facts as the API shows them: year, states under review, meeting, calendar and status. The
 * reason of a postponement or withdrawal is an internal note of the Secretariat and is shown to it only.
 */
record CycleJson(long id, int year, CycleStatus status, LocalDate meetingDate, ObserverPolicy observerPolicy,
		QuestionsFrom questionsFrom, List<String> reviewedStates, Map<DeadlineKind, LocalDate> deadlines, LocalDate adoptedOn, boolean publishedLate,
		String sideReason, int version) {

	static CycleJson of(ReviewCycle cycle, boolean secretariat) {
		return new CycleJson(cycle.id(), cycle.year(), cycle.status(), cycle.meetingDate(), cycle.observerPolicy(),
				cycle.questionsFrom(), List.copyOf(cycle.reviewedStates()), cycle.deadlines(), cycle.adoptedOn(), cycle.publishedLate(),
				secretariat ? cycle.sideReason() : null, cycle.version());
	}
}
