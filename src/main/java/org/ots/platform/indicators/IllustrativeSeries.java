package org.ots.platform.indicators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.ots.platform.shared.Period;

/**
 * The documented generator of the demo's illustrative values. For each profile (an indicator with a typical
 * level and yearly drift) and each state it draws a random walk around a trend, from a random generator
 * seeded by the indicator and state codes, so the same demo is produced on every machine. Values are kept
 * within the indicator's natural limits. They are NOT real figures: every one is stored with
 * {@code illustrative = true} and the source {@link #SOURCE}, and is labelled "illustrative" wherever shown.
 */
final class IllustrativeSeries {

	static final String SOURCE = "Illustrative demo value (generated, not a real figure)";
	static final String DESCRIPTION = "Seeded random walk around a linear trend per indicator and state, years "
			+ IllustrativeSeries.FIRST_YEAR + "-" + IllustrativeSeries.LAST_YEAR + ", clipped to natural limits";
	static final int FIRST_YEAR = 2010;
	static final int LAST_YEAR = 2024;

	/**
	 * @param level typical value in the first year
	 * @param spread how much states differ in level (fraction of level)
	 * @param drift typical yearly change as a fraction of level (negative: falling)
	 * @param noise yearly noise as a fraction of level
	 */
	record Profile(String indicator, double level, double spread, double drift, double noise) {
	}

	static final List<Profile> PROFILES = List.of(
			new Profile("NE.TRD.GNFS.ZS", 70, 0.35, 0.005, 0.05),
			new Profile("TRD.INTRA.OTS", 2500, 0.8, 0.06, 0.08),
			new Profile("BX.KLT.DINV.WD.GD.ZS", 3, 0.6, 0.0, 0.25),
			new Profile("CLI.CO2.PC", 6, 0.6, -0.005, 0.03),
			new Profile("CLI.RENEW.ELEC", 20, 0.9, 0.03, 0.06),
			new Profile("CLI.ENERGY.INTENSITY", 2.5, 0.4, -0.02, 0.02),
			new Profile("IT.NET.USER.ZS", 40, 0.4, 0.06, 0.03),
			new Profile("UN.EGDI", 0.6, 0.2, 0.015, 0.02),
			new Profile("AG.YLD.CREL.KG", 2800, 0.4, 0.01, 0.08),
			new Profile("FOOD.CEREAL.IDR", 25, 0.9, -0.01, 0.1),
			new Profile("IS.RRS.GOOD.MT.K6", 20000, 1.2, 0.02, 0.05),
			new Profile("TRN.EDOC.SHARE", 10, 0.7, 0.12, 0.08));

	private IllustrativeSeries() {
	}

	static List<Observation> generate(Profile profile, Indicator indicator, String state, Instant now) {
		SplittableRandom random = new SplittableRandom((profile.indicator() + "|" + state).hashCode());
		double level = profile.level() * (1 + profile.spread() * (random.nextDouble() * 2 - 1));
		double scale = Math.pow(10, indicator.decimals());
		List<Observation> values = new ArrayList<>();
		for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			double value = clip(indicator, Math.round(level * scale) / scale);
			values.add(new Observation(null, indicator.code(), state, Period.ofYear(year), SOURCE, value,
					ObservationStatus.ESTIMATE, "Illustrative: generated for the demonstration.", true, true,
					IndicatorsDemoContent.DEMO_ACTOR, now, 0));
			level = level * (1 + profile.drift() + profile.noise() * random.nextGaussian());
		}
		return values;
	}

	private static double clip(Indicator indicator, double value) {
		double low = indicator.lowerLimit() == null ? Double.NEGATIVE_INFINITY : indicator.lowerLimit();
		double high = indicator.upperLimit() == null ? Double.POSITIVE_INFINITY : indicator.upperLimit();
		return Math.max(low, Math.min(high, value));
	}
}
