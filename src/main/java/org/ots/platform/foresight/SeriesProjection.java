package org.ots.platform.foresight;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The stored projection of one series and what it was computed from.
 *
 * @param fits the fitted models, one per line ("DAMPED_TREND alpha=0.5 ... aicc=12.3 sigma=0.8 n=12")
 * @param interpolated years without a value inside the series, filled linearly before projecting
 * @param illustrative whether any of the values is an illustrative demo value, not a real figure
 * @param reason why there is no projection (too few values), or null
 * @param target the target the series is measured against, or null
 * @param probability the probability of meeting the target in its year, or null without a target or projection
 * @param fingerprint a hash of everything the projection was computed from: the same input, the same hash
 */
public record SeriesProjection(String indicator, String state, ProjectionMethod method, List<String> fits,
		int dataPoints, Integer firstYear, Integer lastYear, int interpolated, boolean illustrative,
		Double lowerLimit, Double upperLimit, NoProjectionReason reason, SeriesTarget target, Double probability,
		List<ProjectedYear> years, String fingerprint, String configuration, Instant computedAt) {

	public SeriesProjection {
		fits = List.copyOf(fits);
		years = List.copyOf(years);
	}

	public boolean isAvailable() {
		return reason == null;
	}

	public Optional<ProjectedYear> year(int year) {
		return years.stream().filter(y -> y.year() == year).findFirst();
	}

	/**
	 * @param direction INCREASE (the value should reach at least the target) or DECREASE (at most)
	 * @param own whether the target was set for this state (true) or for all states
	 */
	public record SeriesTarget(double value, int year, String direction, String origin, boolean own) {
	}
}
