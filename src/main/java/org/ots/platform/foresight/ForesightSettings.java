package org.ots.platform.foresight;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform projects its series. Stored projections remember {@link #fingerprint()}; a start with other
 * settings recomputes them all.
 *
 * @param horizonYear every series is projected at least to this year, and further to its target's year
 * @param method the projection method; the combination is the one the benchmark supports (bench/RESULTS.md)
 * @param atRiskBelow a target is at risk when the probability of meeting it is below this bound
 */
@ConfigurationProperties("ots.foresight")
record ForesightSettings(@DefaultValue("2030") int horizonYear, @DefaultValue("COMBINATION") ProjectionMethod method,
		@DefaultValue("0.5") double atRiskBelow) {

	/** Bump when the calculation changes, so that a deployment recomputes the stored projections. */
	static final String VERSION = "foresight-1";

	ForesightSettings {
		if (!(atRiskBelow > 0 && atRiskBelow <= 1)) {
			throw new IllegalArgumentException("ots.foresight.at-risk-below must be in (0, 1]: " + atRiskBelow);
		}
		if (horizonYear < 1900 || horizonYear > 2200) {
			throw new IllegalArgumentException("ots.foresight.horizon-year looks wrong: " + horizonYear);
		}
	}

	static ForesightSettings defaults() {
		return new ForesightSettings(2030, ProjectionMethod.COMBINATION, 0.5);
	}

	String fingerprint() {
		return VERSION + ";horizon=" + horizonYear + ";method=" + method + ";atRiskBelow=" + atRiskBelow;
	}
}
