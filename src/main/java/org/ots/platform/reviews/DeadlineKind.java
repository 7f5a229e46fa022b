package org.ots.platform.reviews;

/** The dates of a cycle's calendar, each computed from the meeting (or adoption) date by a configurable rule. */
public enum DeadlineKind {
	/** National progress reports due from the reviewed states. */
	SELF_ASSESSMENT_DUE,
	/** Reports circulated to examiners and member states (practice: 5 weeks before the meeting). */
	REPORTS_CIRCULATED,
	/** Written questions due (WTO: 2 weeks before, or 5 weeks before with answers due 1 week before). */
	QUESTIONS_DUE,
	/** Written answers due. */
	ANSWERS_DUE,
	/** The adopted report is published (APRM: within 6 months of adoption). */
	PUBLICATION_DUE
}
