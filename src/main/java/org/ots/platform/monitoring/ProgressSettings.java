package org.ots.platform.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How series are assessed (section 2.3 of the reference notes): the defaults are those of Open SDG's
 * {@code ProgressMeasure.py}. Other variants, such as Eurostat's (1 % / 0 % without a target), are set here
 * without code. Stored assessments remember {@link #fingerprint()}; a start with other settings recomputes all.
 *
 * @param baseYear the first year of the growth; when a series has no value in it, its next year with a value
 * @param targetYear which of an indicator's targets a series is measured against when it has several (the one
 *        due in this year is preferred; see {@link TargetChoice})
 * @param withoutTarget thresholds on the direction-adjusted compound annual growth (method 1), before the
 *        natural-limit scaling
 * @param withTarget thresholds on the ratio of observed to required growth (method 2)
 */
@ConfigurationProperties("ots.monitoring.progress")
record ProgressSettings(@DefaultValue("2015") int baseYear, @DefaultValue("2030") int targetYear,
		Thresholds withoutTarget, Thresholds withTarget) {

	/**
	 * Changes whenever the method changes: bump it when the calculation itself changes, so that a deployment
	 * recomputes the stored results.
	 */
	static final String METHOD = "open-sdg-progress-1";

	static final Thresholds OPEN_SDG_WITHOUT_TARGET = new Thresholds(0.015, 0.005, 0);
	static final Thresholds OPEN_SDG_WITH_TARGET = new Thresholds(0.95, 0.60, 0);

	ProgressSettings {
		withoutTarget = withoutTarget == null ? OPEN_SDG_WITHOUT_TARGET : withoutTarget;
		withTarget = withTarget == null ? OPEN_SDG_WITH_TARGET : withTarget;
		if (targetYear <= baseYear) {
			throw new IllegalArgumentException("ots.monitoring.progress.target-year (" + targetYear
					+ ") must come after base-year (" + baseYear + ")");
		}
	}

	static ProgressSettings openSdg() {
		return new ProgressSettings(2015, 2030, null, null);
	}

	/** The settings in one line, stored with every result so that a change of settings is noticed. */
	String fingerprint() {
		return METHOD + ";base=" + baseYear + ";targetYear=" + targetYear + ";withoutTarget=" + withoutTarget
				+ ";withTarget=" + withTarget;
	}

	/**
	 * Growth at or above {@code high} is substantial progress, at or above {@code moderate} moderate, at or above
	 * {@code low} limited; below {@code low} deterioration.
	 */
	record Thresholds(double high, double moderate, double low) {

		Thresholds {
			if (!(high >= moderate && moderate >= low)) {
				throw new IllegalArgumentException(
						"progress thresholds must be high >= moderate >= low, not " + high + " / " + moderate + " / " + low);
			}
		}

		/**
		 * All three thresholds times the natural-limit coefficient, as {@code ProgressMeasure.py} computes them. With
		 * the default {@code low = 0} this is what the method document says (thresholds at or below 0 are not
		 * affected); a negative {@code low} of a custom variant is scaled too, as in the reference code.
		 */
		Thresholds scaled(double coefficient) {
			return new Thresholds(high * coefficient, moderate * coefficient, low * coefficient);
		}

		@Override
		public String toString() {
			return high + "/" + moderate + "/" + low;
		}
	}
}
