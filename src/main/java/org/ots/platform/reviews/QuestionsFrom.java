package org.ots.platform.reviews;

/**
 * Who asks the reviewed states written questions in a cycle, a setting of the Secretariat. The WTO Trade Policy
 * Review lets any member ask; an OECD-style review keeps the questions to the examiners. The assigned examiners
 * and experts ask in either case; observer states ask, when members may, only as far as the {@link ObserverPolicy}
 * lets them.
 */
public enum QuestionsFrom {
	/** Only the examiner states and expert institutions assigned to the reviewed state. */
	EXAMINERS_ONLY,
	/** The assigned examiners, and the coordinators and examiners of every other member state. */
	EXAMINERS_AND_MEMBERS
}
