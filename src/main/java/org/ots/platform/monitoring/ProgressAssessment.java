package org.ots.platform.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * The progress status of one series (indicator x state, or the OTS aggregate) with every input it was computed
 * from, the same components Open SDG caches for a series, so that the status can be explained and audited.
 *
 * @param method {@code TARGET} (ratio of growths), {@code NO_TARGET} (growth against fixed thresholds) or
 *        {@code NONE} when no calculation was possible or meant
 * @param direction +1 when an increase is desired, -1 when a decrease is; null for a context indicator
 * @param sign -1 when the base value is negative (the direction is then flipped), +1 otherwise
 * @param coefficient the natural-limit scaling factor C (method 1 with a limit); null otherwise
 * @param progressValue the direction-adjusted growth (method 1) or the ratio R (method 2); null when it could not
 *        be computed or is not finite (a required growth of 0 gives R = -infinity; the explanation says so)
 * @param thresholdHigh the thresholds used, after scaling
 * @param reason why there is no status, for {@link ProgressStatus#UNABLE_TO_ASSESS} and
 *        {@link ProgressStatus#NOT_AVAILABLE}; null otherwise
 * @param explanation the inputs, the formulas with their numbers and the result, one step a line
 * @param configuration the settings the result was computed with ({@link ProgressSettings#fingerprint()})
 */
public record ProgressAssessment(String indicator, String state, ProgressStatus status, Double score, String method,
		int dataPoints, Integer baseYear, Double baseValue, Integer currentYear, Double currentValue, Double targetValue,
		Integer targetYear, String targetOrigin, Integer direction, Integer sign, Double limit, Double coefficient,
		Double progressValue, Double thresholdHigh, Double thresholdModerate, Double thresholdLow, String reason,
		List<String> explanation, String configuration, Instant computedAt) {

	public ProgressAssessment {
		explanation = List.copyOf(explanation);
	}

	public boolean targetAchieved() {
		return status == ProgressStatus.TARGET_ACHIEVED;
	}

	ProgressAssessment computedAt(Instant at) {
		return new ProgressAssessment(indicator, state, status, score, method, dataPoints, baseYear, baseValue,
				currentYear, currentValue, targetValue, targetYear, targetOrigin, direction, sign, limit, coefficient,
				progressValue, thresholdHigh, thresholdModerate, thresholdLow, reason, explanation, configuration, at);
	}
}
