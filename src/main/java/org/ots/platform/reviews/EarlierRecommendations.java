package org.ots.platform.reviews;

import java.util.List;

/**
 * The recommendations addressed to a state in earlier cycles, whose follow-up the state reports in section (d)
 * of its national report. Read from the published recommendations ({@link PublishedEarlierRecommendations}).
 */
interface EarlierRecommendations {

	/** A recommendation of an earlier cycle and the state's latest follow-up of it. */
	record FollowUp(String code, String areaCode, String text, String status, String evidence) {
	}

	/** The recommendations addressed to the state in cycles before the given year, in an area. */
	List<FollowUp> of(String stateCode, String areaCode, int beforeYear);
}
