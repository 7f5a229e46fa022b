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
	private final Recommendations recommendations;

	PublishedEarlierRecommendations(RecommendationFollowUp followUp, Recommendations recommendations) {
		this.followUp = followUp;
		this.recommendations = recommendations;
	}

	@Override
	public List<FollowUp> of(String stateCode, String areaCode, int beforeYear) {
		return followUp.earlier(stateCode, beforeYear)
			.stream()
			.filter(r -> areaCode.equals(r.area()))
			.map(r -> new FollowUp(r.code(), r.area(), r.text(), r.status().name(), latestEvidence(r)))
			.toList();
	}

	/** The evidence of the latest move that gave some: what the state (or its examiners) last reported. */
	private String latestEvidence(Recommendation r) {
		List<Recommendation.Event> history = recommendations.history(r.id());
		for (int i = history.size() - 1; i >= 0; i--) {
			String evidence = history.get(i).evidence();
			if (evidence != null && !evidence.isBlank()) {
				return evidence;
			}
		}
		return null;
	}
}
