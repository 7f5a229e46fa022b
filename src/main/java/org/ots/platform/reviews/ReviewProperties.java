package org.ots.platform.reviews;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of a cycle's calendar, from practice (shared/reference/review-mechanisms-and-methods.md, 1.6-1.8).
 * Every cycle starts from them and the Secretariat may then move any date of its own calendar.
 *
 * @param selfAssessmentWeeksBeforeMeeting national reports due this many weeks before the meeting
 * @param reportsCirculatedWeeksBeforeMeeting reports circulated (OECD/WTO practice: 5 weeks)
 * @param earlyQuestions the WTO alternative: questions 5 weeks before, answers 1 week before the meeting;
 *        otherwise questions 2 weeks before and answers at the meeting
 * @param publicationMonthsAfterAdoption publication of the adopted report (APRM: within 6 months)
 * @param maxAttachmentSize the largest document a national report may carry
 * @param baselineYear the baseline of a report's indicator tables is the first reference value in or after this
 *        year; without it, the first value on record
 */
@ConfigurationProperties("ots.reviews")
record ReviewProperties(@DefaultValue("10") int selfAssessmentWeeksBeforeMeeting,
		@DefaultValue("5") int reportsCirculatedWeeksBeforeMeeting, @DefaultValue("false") boolean earlyQuestions,
		@DefaultValue("6") int publicationMonthsAfterAdoption, @DefaultValue("20MB") DataSize maxAttachmentSize,
		Integer baselineYear) {
}
