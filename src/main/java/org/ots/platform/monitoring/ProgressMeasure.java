package org.ots.platform.monitoring;

import java.util.Map;

import org.ots.platform.indicators.Direction;
import org.ots.platform.monitoring.ProgressSettings.Thresholds;

/**
 * The progress measure of the Open SDG platform (Statistics Canada method), reproduced from its reference
 * implementation, {@code sdg/ProgressMeasure.py} of open-sdg/sdg-build ({@code SeriesProgress}), and its method
 * document, {@code docs/progress-methodology.md} of open-sdg/open-sdg:
 * <ol>
 * <li>The latest year with a value is the current year {@code t}. The base year {@code t0} is the configured one
 * when the series has a value in it, else the next year that has one; values before it are not used.</li>
 * <li>With a target {@code y*} in year {@code T}: "target achieved" when the current value reached it in the desired
 * direction; this comes first and scores +5. Otherwise (method 2) {@code R = sign * d * CAGR(y0, yt) /
 * |CAGR(y0, y*, T)|} against 0.95 / 0.60 / 0.</li>
 * <li>Without a target (method 1): {@code pv = sign * d * CAGR(y0, yt)} against 1.5 % / 0.5 % / 0, all multiplied
 * by {@code C} near a natural limit: with {@code b = |y0|}, {@code L = |limit|}, {@code C = 1} when
 * {@code b >= 2L}, {@code 1 - (b/L)^4.44} when {@code b <= L}, else {@code 1 - ((2L - b)/L)^4.44}.</li>
 * <li>A base or target value of 0 is replaced by 0.001; base and current values of opposite signs, or fewer than
 * two years from the base year, leave the series "unable to assess".</li>
 * <li>Scores from -5 to +5, by the reference's piecewise-linear lines, with its rounded coefficients (7.1429,
 * 4.2857, 4.1667) kept as they are so that scores match to the last digit.</li>
 * </ol>
 * Where our framework differs from Open SDG's metadata: a context indicator (direction NONE) is "not available"
 * (Open SDG would assume a desired decrease); the limit is the indicator's upper limit when an increase is desired
 * and its lower limit when a decrease is ({@link SeriesData#limitOf}); of several targets one is chosen
 * ({@link TargetChoice}); when no value lies in or after the base year, or the target's year is not after the base
 * year, the series is "unable to assess" unless its target is achieved (the reference code fails or divides by zero
 * there). Only annual values are used, the method being one of annual growth. With thresholds other than the
 * defaults (a Eurostat variant) the status follows the configured thresholds while the score keeps the reference's
 * lines, which the reference also does ("score functions hardcoded based on default progress thresholds"). Scores
 * of the series aggregate into an indicator by {@link IndicatorProgress}. Nothing is rounded in the calculation;
 * the explanation shows six significant digits.
 */
final class ProgressMeasure {

	static final double ZERO_REPLACEMENT = 0.001;
	static final double LIMIT_EXPONENT = 4.44;

	private final ProgressSettings settings;

	ProgressMeasure(ProgressSettings settings) {
		this.settings = settings;
	}

	ProgressAssessment assess(SeriesData series) {
		return new Run(series).assess();
	}

	/** One assessment, step by step, each step written down in the explanation. */
	private final class Run {

		private final SeriesData series;
		private final Explanation why = new Explanation();
		private Integer baseYear;
		private Double baseValue;
		private Integer currentYear;
		private Double currentValue;
		private Integer direction;
		private Integer sign;
		private Double target;
		private Double coefficient;
		private Thresholds thresholds;
		private Double progressValue;
		private boolean targetAchieved;

		Run(SeriesData series) {
			this.series = series;
		}

		ProgressAssessment assess() {
			why.add("Series %s / %s: %s.", series.indicator(), series.state(), describeValues());
			if (series.direction() == Direction.NONE) {
				return unassessed(ProgressStatus.NOT_AVAILABLE,
						"context indicator: no desired direction, so progress is not assessed");
			}
			direction = series.direction() == Direction.INCREASE ? 1 : -1;
			why.add("Desired direction: %s (d = %+d).", direction > 0 ? "increase" : "decrease", direction);
			if (series.values().isEmpty()) {
				return unassessed(ProgressStatus.UNABLE_TO_ASSESS, "no annual values");
			}
			currentYear = series.values().lastKey();
			currentValue = series.values().get(currentYear);
			why.add("Current value yt = %s (t = %d, the latest year with a value).", Explanation.num(currentValue), currentYear);
			chooseTarget();
			String missing = chooseBase();
			if (missing != null) {
				return targetAchieved ? achieved() : unassessed(ProgressStatus.UNABLE_TO_ASSESS, missing);
			}
			sign = baseValue < 0 ? -1 : 1;
			thresholds = thresholds();
			String invalid = progressValue();
			if (targetAchieved) {
				return achieved();
			}
			if (invalid != null) {
				return unassessed(ProgressStatus.UNABLE_TO_ASSESS, invalid);
			}
			return graded();
		}

		private String describeValues() {
			if (series.values().isEmpty()) {
				return "no annual values";
			}
			return series.values().size() + " annual values, " + series.values().firstKey() + "-"
					+ series.values().lastKey();
		}

		private void chooseTarget() {
			SeriesData.SeriesTarget chosen = series.target();
			if (chosen == null) {
				why.add("No quantitative target: method 1 (growth against fixed thresholds).");
				return;
			}
			target = chosen.value();
			why.add("Target y* = %s by T = %d (%s%s): method 2 (observed against required growth).",
					Explanation.num(target), chosen.year(), chosen.stateSpecific() ? "set for this state" : "set for all states",
					chosen.origin() == null || chosen.origin().isBlank() ? "" : "; " + chosen.origin());
			if (target == 0) {
				target = ZERO_REPLACEMENT;
				why.add("A target of 0 is replaced by %s (the growth model needs a non-zero value).",
						Explanation.num(ZERO_REPLACEMENT));
			}
			targetAchieved = direction == -1 && currentValue <= target || direction == 1 && currentValue >= target;
			why.add("Target achieved? yt = %s %s y* = %s: %s.", Explanation.num(currentValue), direction > 0 ? ">=" : "<=",
					Explanation.num(target), targetAchieved ? "yes" : "no");
		}

		/** The base year and value; the reason when there is none. */
		private String chooseBase() {
			int configured = settings.baseYear();
			Map.Entry<Integer, Double> base = series.values().ceilingEntry(configured);
			if (base == null) {
				why.add("No value in or after the base year %d.", configured);
				return "no value in or after the base year " + configured;
			}
			baseYear = base.getKey();
			baseValue = base.getValue();
			if (baseYear == configured) {
				why.add("Base value y0 = %s (t0 = %d, the base year).", Explanation.num(baseValue), baseYear);
			}
			else {
				why.add("Base value y0 = %s (t0 = %d: no value in the base year %d, so the next year with one).",
						Explanation.num(baseValue), baseYear, configured);
			}
			if (target != null && series.target().year() <= baseYear) {
				why.add("The target year %d is not after the base year %d: no growth can be required.",
						series.target().year(), baseYear);
				return "the target year " + series.target().year() + " is not after the base year " + baseYear;
			}
			return null;
		}

		/** Method 1 near a natural limit scales its thresholds; method 2 ignores the limit. */
		private Thresholds thresholds() {
			if (target != null) {
				if (series.limit() != null) {
					why.add("The natural limit %s is ignored: a target is given.", Explanation.num(series.limit()));
				}
				return settings.withTarget();
			}
			Thresholds configured = settings.withoutTarget();
			if (series.limit() == null) {
				return configured;
			}
			double b = Math.abs(baseValue);
			double limit = Math.abs(series.limit());
			String formula;
			if (b >= 2 * limit) {
				coefficient = 1.0;
				formula = "b >= 2L, so C = 1";
			}
			else if (b <= limit) {
				coefficient = 1 - Math.pow(b / limit, LIMIT_EXPONENT);
				formula = "b <= L, so C = 1 - (b/L)^4.44 = 1 - (" + Explanation.num(b) + "/" + Explanation.num(limit)
						+ ")^4.44 = " + Explanation.num(coefficient);
			}
			else {
				coefficient = 1 - Math.pow((2 * limit - b) / limit, LIMIT_EXPONENT);
				formula = "L < b < 2L, so C = 1 - ((2L - b)/L)^4.44 = 1 - ((" + Explanation.num(2 * limit) + " - "
						+ Explanation.num(b) + ")/" + Explanation.num(limit) + ")^4.44 = " + Explanation.num(coefficient);
			}
			Thresholds scaled = configured.scaled(coefficient);
			why.add("Natural limit L = %s, b = |y0| = %s: %s; thresholds %s / %s / %s become %s / %s / %s.",
					Explanation.num(limit), Explanation.num(b), formula, Explanation.pct(configured.high()),
					Explanation.pct(configured.moderate()), Explanation.pct(configured.low()), Explanation.pct(scaled.high()),
					Explanation.pct(scaled.moderate()), Explanation.pct(scaled.low()));
			return scaled;
		}

		/** Computes the progress value; the reason when it cannot be computed. */
		private String progressValue() {
			double y0 = baseValue;
			if (y0 == 0) {
				y0 = ZERO_REPLACEMENT;
				why.add("A base value of 0 is replaced by %s (the growth model needs a non-zero value).",
						Explanation.num(ZERO_REPLACEMENT));
			}
			if (y0 > 0 && currentValue < 0 || y0 < 0 && currentValue > 0) {
				why.add("Base value %s and current value %s have opposite signs: the growth model does not apply.",
						Explanation.num(y0), Explanation.num(currentValue));
				return "base and current values have opposite signs";
			}
			if (currentYear - baseYear < 1) {
				why.add("Only one year (%d) from the base year on: at least two are needed.", baseYear);
				return "fewer than two years of data from the base year " + settings.baseYear();
			}
			if (sign < 0) {
				why.add("The base value is negative: sign = -1 flips the direction.");
			}
			double observed = cagr(currentValue, y0, currentYear, baseYear);
			why.add("CAGR = (yt/y0)^(1/(t - t0)) - 1 = (%s/%s)^(1/%d) - 1 = %s.", Explanation.num(currentValue),
					Explanation.num(y0), currentYear - baseYear, Explanation.pct(observed));
			double value;
			if (target == null) {
				value = sign * direction * observed;
				why.add("Progress value pv = sign * d * CAGR = %+d * %+d * %s = %s.", sign, direction,
						Explanation.pct(observed), Explanation.pct(value));
			}
			else {
				int targetYear = series.target().year();
				double required = cagr(target, y0, targetYear, baseYear);
				value = sign * direction * observed / Math.abs(required);
				why.add("Required CAGR = (y*/y0)^(1/(T - t0)) - 1 = (%s/%s)^(1/%d) - 1 = %s.", Explanation.num(target),
						Explanation.num(y0), targetYear - baseYear, Explanation.pct(required));
				why.add("Ratio R = sign * d * CAGR / |required CAGR| = %+d * %+d * %s / %s = %s.", sign, direction,
						Explanation.pct(observed), Explanation.pct(Math.abs(required)), Explanation.num(value));
			}
			progressValue = value;
			return Double.isNaN(value) ? "the observed and the required growth are both 0" : null;
		}

		private ProgressAssessment graded() {
			double pv = progressValue;
			ProgressStatus status = pv >= thresholds.high() ? ProgressStatus.SUBSTANTIAL_PROGRESS
					: pv >= thresholds.moderate() ? ProgressStatus.MODERATE_PROGRESS
							: pv >= thresholds.low() ? ProgressStatus.LIMITED_PROGRESS : ProgressStatus.DETERIORATION;
			boolean ratio = target != null;
			why.add("%s = %s against %s / %s / %s: %s.", ratio ? "R" : "pv", ratio ? Explanation.num(pv) : Explanation.pct(pv),
					show(thresholds.high(), ratio), show(thresholds.moderate(), ratio), show(thresholds.low(), ratio),
					status.label().toLowerCase());
			double score = ratio ? ratioScore(pv) : growthScore(pv);
			return result(status, score, null);
		}

		private String show(double threshold, boolean ratio) {
			return ratio ? Explanation.num(threshold) : Explanation.pct(threshold);
		}

		/** Method 1's score, as {@code get_score}; the lines are those of the default thresholds. */
		private double growthScore(double pv) {
			double c = coefficient == null ? 1 : coefficient;
			if (pv < thresholds.low()) {
				return explainScore("max(125 * pv - 2.5, -5)", Math.max(125 * pv - 2.5, -5));
			}
			if (c == 0) {
				return explainScore("5 (the base value is at the limit and is kept)", 5);
			}
			String perC = c == 1 ? "" : " / C";
			if (pv >= thresholds.high()) {
				return explainScore("min(500 * pv" + perC + " - 5, 5)", Math.min(500 * pv / c - 5, 5));
			}
			if (pv >= thresholds.moderate()) {
				return explainScore("250 * pv" + perC + " - 1.25", 250 * pv / c - 1.25);
			}
			return explainScore("500 * pv" + perC + " - 2.5", 500 * pv / c - 2.5);
		}

		/** Method 2's score, as {@code get_score}: R = -0.6 gives -5, 0.6 gives 0, 1.3 gives +5. */
		private double ratioScore(double r) {
			if (r >= thresholds.moderate()) {
				return explainScore("min(7.1429 * R - 4.2857, 5)", Math.min((7.1429 * r) - 4.2857, 5));
			}
			return explainScore("max(4.1667 * R - 2.5, -5)", Math.max((4.1667 * r) - 2.5, -5));
		}

		private double explainScore(String formula, double score) {
			why.add("Score = %s = %s.", formula, Explanation.num(score));
			return score;
		}

		private ProgressAssessment achieved() {
			why.add("The target is achieved: this comes first, whatever the growth; score 5.");
			return result(ProgressStatus.TARGET_ACHIEVED, 5.0, null);
		}

		private ProgressAssessment unassessed(ProgressStatus status, String reason) {
			why.add("%s: %s.", status.label(), reason);
			return result(status, null, reason);
		}

		private ProgressAssessment result(ProgressStatus status, Double score, String reason) {
			String method = direction == null ? "NONE" : target != null ? "TARGET" : "NO_TARGET";
			Double finite = progressValue != null && Double.isFinite(progressValue) ? progressValue : null;
			return new ProgressAssessment(series.indicator(), series.state(), status, score, method,
					series.values().size(), baseYear, baseValue, currentYear, currentValue, target,
					series.target() == null ? null : series.target().year(),
					series.target() == null ? null : series.target().origin(), direction, sign, series.limit(), coefficient,
					finite, thresholds == null ? null : thresholds.high(), thresholds == null ? null : thresholds.moderate(),
					thresholds == null ? null : thresholds.low(), reason, why.lines(), settings.fingerprint(), null);
		}
	}

	/** Compound annual growth rate, {@code growth_calculation} of the reference. */
	static double cagr(double value, double baseValue, int year, int baseYear) {
		return Math.pow(value / baseValue, 1.0 / (year - baseYear)) - 1;
	}
}
