package org.ots.platform.reviews;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The national report's view of earlier reviews: the published recommendations addressed to the state in the
 * report's area, with their current status, for the state to report its follow-up.
 */
@Component
class PublishedEarlierRecommendations implements EarlierRecommendations {

	private final RecommendationFollowUp followUp;

	PublishedEarlierRecommendations(RecommendationFollowUp followUp) {
		this.followUp = followUp;
	}

	@Override
	public List<FollowUp> of(String stateCode, String areaCode, int beforeYear) {
		return followUp.earlier(stateCode, beforeYear)
			.stream()
			.filter(r -> areaCode.equals(r.area()))
			.map(r -> new FollowUp(r.code(), r.area(), r.text(), r.status().name(), null))
			.toList();
	}
}
