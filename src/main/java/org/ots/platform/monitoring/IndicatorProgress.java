package org.ots.platform.monitoring;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The progress of an indicator over its series, as Open SDG aggregates series into an indicator
 * ({@code IndicatorProgress.get_indicator_progress}): the mean of the scores of the series that have one, the
 * status of that mean score, and "target achieved" only when every scored series achieved its target. In our
 * framework an indicator's series are its states, so this is how the OTS countries fare on one indicator taken
 * together; {@link #statuses()} counts how many series stand where.
 *
 * @param score null when no series has a score
 * @param scoredSeries how many series entered the mean
 */
public record IndicatorProgress(String indicator, ProgressStatus status, Double score, int scoredSeries,
		Map<ProgressStatus, Integer> statuses) {

	public IndicatorProgress {
		statuses = Map.copyOf(statuses);
	}

	static IndicatorProgress of(String indicator, Collection<ProgressAssessment> series) {
		Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
		double sum = 0;
		int scored = 0;
		boolean allAchieved = true;
		for (ProgressAssessment assessment : series) {
			counts.merge(assessment.status(), 1, Integer::sum);
			if (assessment.score() != null) {
				sum += assessment.score();
				scored++;
				allAchieved &= assessment.targetAchieved();
			}
		}
		Double mean = scored == 0 ? null : sum / scored;
		return new IndicatorProgress(indicator, ProgressStatus.fromScore(mean, scored > 0 && allAchieved), mean, scored,
				counts);
	}
}
