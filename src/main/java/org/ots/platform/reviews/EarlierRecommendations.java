package org.ots.platform.reviews;

import java.util.List;

/**
 * SEAM for the recommendations part of the review: the recommendations addressed to a state in earlier cycles,
 * whose follow-up the state reports in section (d) of its national report. The recommendations (their table,
 * lifecycle and follow-up entries) are built separately; until they exist, {@link NoEarlierRecommendations} is the
 * bean and the report shows that there are none. Replace that bean with the real reader (and delete it).
 */
interface EarlierRecommendations {

	/** A recommendation of an earlier cycle and the state's latest follow-up of it. */
	record FollowUp(String code, String areaCode, String text, String status, String evidence) {
	}

	/** The recommendations addressed to the state in cycles before the given year, in an area. */
	List<FollowUp> of(String stateCode, String areaCode, int beforeYear);
}
