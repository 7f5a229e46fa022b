package org.ots.platform.reviews;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What the national progress report reads of earlier reviews: the published recommendations addressed to a state
 * in cycles before the report's, for the state to update their status.
 */
@Component
public class RecommendationFollowUp {

	private final Recommendations recommendations;

	RecommendationFollowUp(Recommendations recommendations) {
		this.recommendations = recommendations;
	}

	public List<Recommendation> earlier(String stateCode, int beforeCycleYear) {
		return recommendations.published(stateCode, null, RecommendationService.PUBLISHED)
			.stream()
			.filter(r -> r.year() < beforeCycleYear)
			.toList();
	}
}
