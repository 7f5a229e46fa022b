package org.ots.platform.reviews;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Computes a cycle's calendar from its meeting date and the configured defaults of practice. */
@Component
class CycleCalendar {

	private final ReviewProperties properties;

	CycleCalendar(ReviewProperties properties) {
		this.properties = properties;
	}

	Map<DeadlineKind, LocalDate> forMeeting(LocalDate meeting) {
		Map<DeadlineKind, LocalDate> dates = new EnumMap<>(DeadlineKind.class);
		dates.put(DeadlineKind.SELF_ASSESSMENT_DUE, meeting.minusWeeks(properties.selfAssessmentWeeksBeforeMeeting()));
		dates.put(DeadlineKind.REPORTS_CIRCULATED, meeting.minusWeeks(properties.reportsCirculatedWeeksBeforeMeeting()));
		if (properties.earlyQuestions()) {
			dates.put(DeadlineKind.QUESTIONS_DUE, meeting.minusWeeks(5));
			dates.put(DeadlineKind.ANSWERS_DUE, meeting.minusWeeks(1));
		}
		else {
			dates.put(DeadlineKind.QUESTIONS_DUE, meeting.minusWeeks(2));
			dates.put(DeadlineKind.ANSWERS_DUE, meeting);
		}
		// Adoption normally happens at the meeting; the date moves when the cycle records its actual adoption.
		dates.put(DeadlineKind.PUBLICATION_DUE, meeting.plusMonths(properties.publicationMonthsAfterAdoption()));
		return dates;
	}
}
