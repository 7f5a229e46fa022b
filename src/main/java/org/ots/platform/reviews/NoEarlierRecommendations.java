package org.ots.platform.reviews;

import java.util.List;

import org.springframework.stereotype.Component;

/** SEAM default of {@link EarlierRecommendations}: no recommendations yet. Delete when the real reader exists. */
@Component
class NoEarlierRecommendations implements EarlierRecommendations {

	@Override
	public List<FollowUp> of(String stateCode, String areaCode, int beforeYear) {
		return List.of();
	}
}
