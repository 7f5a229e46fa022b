package org.ots.platform.foresight;

/**
 * The scale the models are fitted on. A positive quantity whose values are all above zero is fitted on the log
 * scale: the projection and its intervals then stay above zero by construction, and a decline towards zero slows
 * down instead of crossing it. Other series, and positive ones that touch zero, are fitted as they are and the
 * result is clipped at the natural limits.
 */
public enum FittingScale {

	ORIGINAL, LOG;

	static FittingScale of(double[] values, SeriesTraits traits) {
		if (!traits.positive()) {
			return ORIGINAL;
		}
		for (double v : values) {
			if (v <= 0) {
				return ORIGINAL;
			}
		}
		return LOG;
	}

	double toFitting(double value) {
		return this == LOG ? Math.log(value) : value;
	}

	double fromFitting(double value) {
		return this == LOG ? Math.exp(value) : value;
	}
}
