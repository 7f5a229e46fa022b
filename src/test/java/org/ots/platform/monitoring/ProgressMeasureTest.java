package org.ots.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ots.platform.indicators.Direction.DECREASE;
import static org.ots.platform.indicators.Direction.INCREASE;
import static org.ots.platform.indicators.Direction.NONE;

import java.util.TreeMap;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ots.platform.indicators.Direction;
import org.ots.platform.monitoring.ProgressSettings.Thresholds;

/**
 * The Open SDG progress measure on cases computed by hand (the arithmetic is in the comments) and on the synthetic
 * vectors of section 2.8 of the reference notes, one test per branch of {@code ProgressMeasure.py}.
 */
class ProgressMeasureTest {

	private static final double EXACT = 1e-12;

	private final ProgressMeasure openSdg = new ProgressMeasure(ProgressSettings.openSdg());

	/** Section 2.8 of the reference notes: the Open SDG columns, to the digits the table gives. */
	@ParameterizedTest(name = "vector {0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			A | 2015 | 40  | 2022 | 50  | INCREASE | -   | 70   | 0.852122 | MODERATE_PROGRESS    | 1.8009
			B | 2015 | 20  | 2021 | 18  | DECREASE | -   | 10   | 0.385461 | LIMITED_PROGRESS     | -0.8939
			C | 2015 | 20  | 2023 | 9.5 | DECREASE | -   | 10   | -        | TARGET_ACHIEVED      | 5
			D | 2015 | 100 | 2020 | 110 | INCREASE | -   | -    | 0.019245 | SUBSTANTIAL_PROGRESS | 4.6224
			E | 2015 | 8.0 | 2022 | 8.4 | DECREASE | -   | -    | -0.006994| DETERIORATION        | -3.3743
			F | 2015 | 95  | 2020 | 97  | INCREASE | 100 | -    | 0.004176 | SUBSTANTIAL_PROGRESS | 5.0
			""")
	void reproducesTheSyntheticVectors(String name, int baseYear, double baseValue, int year, double value,
			Direction direction, Double limit, Double target, Double progressValue, ProgressStatus status, double score) {
		ProgressAssessment a = assess(values(baseYear, baseValue, year, value), direction, limit,
				target == null ? null : target(target, 2030));

		assertThat(a.status()).isEqualTo(status);
		assertThat(a.score()).isCloseTo(score, within(0.00005));
		if (progressValue != null) {
			assertThat(a.progressValue()).isCloseTo(progressValue, within(0.0000005));
		}
	}

	@Nested
	class WithoutTarget {

		@Test
		void growthAboveOneAndAHalfPercentIsSubstantialProgress() {
			// vector D: (110/100)^(1/5) - 1 = 0.0192449; score 500 * 0.0192449 - 5 = 4.62244
			ProgressAssessment a = assess(values(2015, 100, 2020, 110), INCREASE, null, null);

			assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
			assertThat(a.method()).isEqualTo("NO_TARGET");
			assertThat(a.progressValue()).isCloseTo(0.019244876491456564, within(EXACT));
			assertThat(a.score()).isCloseTo(4.622438245728283, within(EXACT));
			assertThat(a.explanation()).contains("CAGR = (yt/y0)^(1/(t - t0)) - 1 = (110/100)^(1/5) - 1 = 1.92449%.",
					"pv = 1.92449% against 1.5% / 0.5% / 0%: on track.", "Score = min(500 * pv - 5, 5) = 4.62244.");
		}

		@Test
		void growthBetweenHalfAndOneAndAHalfPercentIsModerateProgress() {
			// (104/100)^(1/4) - 1 = 0.00985341; score 250 * 0.00985341 - 1.25 = 1.21335
			ProgressAssessment a = assess(values(2015, 100, 2019, 104), INCREASE, null, null);

			assertThat(a.status()).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
			assertThat(a.score()).isCloseTo(1.213351637242206, within(EXACT));
		}

		@Test
		void growthBelowHalfAPercentIsLimitedProgress() {
			// (101/100)^(1/5) - 1 = 0.00199205; score 500 * 0.00199205 - 2.5 = -1.50398
			ProgressAssessment a = assess(values(2015, 100, 2020, 101), INCREASE, null, null);

			assertThat(a.status()).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
			assertThat(a.score()).isCloseTo(-1.5039761667333096, within(EXACT));
		}

		@Test
		void movingAgainstTheDesiredDirectionIsDeterioration() {
			// vector E: d = -1, (8.4/8.0)^(1/7) - 1 = 0.00699437, pv = -0.00699437; score 125 * pv - 2.5 = -3.37430
			ProgressAssessment a = assess(values(2015, 8.0, 2022, 8.4), DECREASE, null, null);

			assertThat(a.status()).isEqualTo(ProgressStatus.DETERIORATION);
			assertThat(a.direction()).isEqualTo(-1);
			assertThat(a.progressValue()).isCloseTo(-0.006994370600100108, within(EXACT));
			assertThat(a.score()).isCloseTo(-3.3742963250125135, within(EXACT));
		}

		@Test
		void scoresBottomOutAtMinusFive() {
			// (50/100)^(1/5) - 1 = -0.129449; 125 * pv - 2.5 = -18.7 -> -5
			assertThat(assess(values(2015, 100, 2020, 50), INCREASE, null, null).score()).isEqualTo(-5.0);
		}

		@Test
		void negativeValuesFlipTheDirection() {
			// sign = -1: (-8/-10)^(1/5) - 1 = -0.0436475, pv = -1 * +1 * -0.0436475 = +0.0436475 (towards 0 is up)
			ProgressAssessment a = assess(values(2015, -10, 2020, -8), INCREASE, null, null);

			assertThat(a.sign()).isEqualTo(-1);
			assertThat(a.progressValue()).isCloseTo(0.043647500209963, within(EXACT));
			assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
			assertThat(a.score()).isEqualTo(5.0);
		}
	}

	@Nested
	class NearANaturalLimit {

		@Test
		void thresholdsShrinkAsTheBaseValueNearsAnUpperLimit() {
			// vector F: C = 1 - (95/100)^4.44 = 0.203670; thresholds 0.305506% / 0.101835% / 0;
			// pv = (97/95)^(1/5) - 1 = 0.00417551 >= 0.00305506 -> on track; score min(500 * pv / C - 5, 5) = 5
			ProgressAssessment a = assess(values(2015, 95, 2020, 97), INCREASE, 100.0, null);

			assertThat(a.coefficient()).isCloseTo(0.2036704944377239, within(EXACT));
			assertThat(a.thresholdHigh()).isCloseTo(0.015 * 0.2036704944377239, within(EXACT));
			assertThat(a.progressValue()).isCloseTo(0.004175510634316426, within(EXACT));
			assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
			assertThat(a.score()).isEqualTo(5.0);
			assertThat(a.explanation()).anyMatch(line -> line.startsWith("Natural limit L = 100, b = |y0| = 95: b <= L, "
					+ "so C = 1 - (b/L)^4.44 = 1 - (95/100)^4.44 = 0.20367;"));
		}

		@Test
		void aMinimumLimitScalesFromTheOtherSide() {
			// rank 1.5 -> 1.2, limit 1: L < b < 2L, C = 1 - ((2 - 1.5)/1)^4.44 = 0.953929
			// pv = -1 * ((1.2/1.5)^(1/5) - 1) = 0.0436475 >= 0.015 * C; score min(500 * pv / C - 5, 5) = 5
			ProgressAssessment a = assess(values(2015, 1.5, 2020, 1.2), DECREASE, 1.0, null);

			assertThat(a.coefficient()).isCloseTo(0.9539290869596531, within(EXACT));
			assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
			assertThat(a.score()).isEqualTo(5.0);
		}

		@Test
		void aBaseValueTwiceTheLimitAwayIsNotScaled() {
			ProgressAssessment a = assess(values(2015, 5, 2020, 4), DECREASE, 1.0, null);

			assertThat(a.coefficient()).isEqualTo(1.0);
			assertThat(a.thresholdHigh()).isEqualTo(0.015);
		}

		@Test
		void keepingAValueAtItsLimitIsOnTrackWithFullScore() {
			// C = 1 - (100/100)^4.44 = 0: every threshold is 0, pv = 0 >= 0 -> on track; score 5 (C = 0 branch)
			ProgressAssessment a = assess(values(2015, 100, 2020, 100), INCREASE, 100.0, null);

			assertThat(a.coefficient()).isEqualTo(0.0);
			assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
			assertThat(a.score()).isEqualTo(5.0);
		}

		@Test
		void theLimitIsIgnoredWhenThereIsATarget() {
			ProgressAssessment a = assess(values(2015, 95, 2020, 97), INCREASE, 100.0, target(99, 2030));

			assertThat(a.coefficient()).isNull();
			assertThat(a.thresholdHigh()).isEqualTo(0.95);
			assertThat(a.explanation()).contains("The natural limit 100 is ignored: a target is given.");
		}
	}

	@Nested
	class WithTarget {

		@Test
		void ratioOfObservedToRequiredGrowthBetweenSixtyAndNinetyFivePercentIsModerate() {
			// vector A: observed (50/40)^(1/7) - 1 = 0.0323912, required (70/40)^(1/15) - 1 = 0.0380124,
			// R = 0.852122; score 7.1429 * R - 4.2857 = 1.80092
			ProgressAssessment a = assess(values(2015, 40, 2022, 50), INCREASE, null, target(70, 2030));

			assertThat(a.method()).isEqualTo("TARGET");
			assertThat(a.progressValue()).isCloseTo(0.8521218051361503, within(EXACT));
			assertThat(a.status()).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
			assertThat(a.score()).isCloseTo(1.8009208419070077, within(EXACT));
			assertThat(a.explanation()).contains(
					"Required CAGR = (y*/y0)^(1/(T - t0)) - 1 = (70/40)^(1/15) - 1 = 3.80124%.",
					"Ratio R = sign * d * CAGR / |required CAGR| = +1 * +1 * 3.23912% / 3.80124% = 0.852122.",
					"R = 0.852122 against 0.95 / 0.6 / 0: progress made but acceleration needed.");
		}

		@Test
		void ratioBelowSixtyPercentIsLimitedProgress() {
			// vector B: d = -1, observed (18/20)^(1/6) - 1 = -0.0174057, required (10/20)^(1/15) - 1 = -0.0451556,
			// R = -1 * -0.0174057 / 0.0451556 = 0.385461; score 4.1667 * R - 2.5 = -0.893899
			ProgressAssessment a = assess(values(2015, 20, 2021, 18), DECREASE, null, target(10, 2030));

			assertThat(a.progressValue()).isCloseTo(0.38546112472150706, within(EXACT));
			assertThat(a.status()).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
			assertThat(a.score()).isCloseTo(-0.8938991316228966, within(EXACT));
		}

		@Test
		void reachingTheTargetComesFirstAndScoresFive() {
			// vector C: 9.5 <= 10 with a desired decrease
			ProgressAssessment a = assess(values(2015, 20, 2023, 9.5), DECREASE, null, target(10, 2030));

			assertThat(a.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
			assertThat(a.score()).isEqualTo(5.0);
		}

		@Test
		void aTargetReachedIsAchievedEvenWithTooFewDataToMeasureGrowth() {
			ProgressAssessment a = assess(values(2020, 75), INCREASE, null, target(70, 2030));

			assertThat(a.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
			assertThat(a.score()).isEqualTo(5.0);
		}

		@Test
		void movingAwayFromTheTargetIsDeterioration() {
			// observed (35/40)^(1/5) - 1 = -0.0263404, required (70/40)^(1/15) - 1 = 0.0380124: R = -0.693269;
			// score max(4.1667 * R - 2.5, -5) = -5
			ProgressAssessment a = assess(values(2015, 40, 2020, 35), INCREASE, null, target(70, 2030));

			assertThat(a.status()).isEqualTo(ProgressStatus.DETERIORATION);
			assertThat(a.score()).isEqualTo(-5.0);
		}

		@Test
		void aTargetEqualToTheBaseValueMakesAnyDeclineDeterioration() {
			// required growth (50/50)^(1/15) - 1 = 0: R = -0.0208516 / 0 = -infinity (the reference divides by 0 too)
			ProgressAssessment a = assess(values(2015, 50, 2020, 45), INCREASE, null, target(50, 2030));

			assertThat(a.status()).isEqualTo(ProgressStatus.DETERIORATION);
			assertThat(a.score()).isEqualTo(-5.0);
			assertThat(a.progressValue()).isNull();
			assertThat(a.explanation()).anyMatch(line -> line.endsWith("= -infinity."));
		}

		@Test
		void aTargetYearNotAfterTheBaseYearCannotBeAssessed() {
			ProgressAssessment a = assess(values(2015, 40, 2020, 50), INCREASE, null, target(70, 2015));

			assertThat(a.status()).isEqualTo(ProgressStatus.UNABLE_TO_ASSESS);
			assertThat(a.reason()).isEqualTo("the target year 2015 is not after the base year 2015");
		}
	}

	@Nested
	class ZeroValues {

		@Test
		void aBaseValueOfZeroIsReplacedByOneThousandth() {
			// (5/0.001)^(1/5) - 1 = 4.49280
			ProgressAssessment a = assess(values(2015, 0, 2020, 5), INCREASE, null, null);

			assertThat(a.progressValue()).isCloseTo(4.49280271653059, within(EXACT));
			assertThat(a.baseValue()).isEqualTo(0.0);
			assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
			assertThat(a.explanation()).contains("A base value of 0 is replaced by 0.001 (the growth model needs a non-zero value).");
		}

		@Test
		void aTargetOfZeroIsReplacedByOneThousandth() {
			// observed (5/10)^(1/5) - 1 = -0.129449, required (0.001/10)^(1/15) - 1 = -0.458840,
			// R = -1 * -0.129449 / 0.458840 = 0.282129; score 4.1667 * R - 2.5 = -1.32445
			ProgressAssessment a = assess(values(2015, 10, 2020, 5), DECREASE, null, target(0, 2030));

			assertThat(a.targetValue()).isEqualTo(0.001);
			assertThat(a.progressValue()).isCloseTo(0.28212911781890315, within(EXACT));
			assertThat(a.status()).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
			assertThat(a.score()).isCloseTo(-1.3244526047839764, within(EXACT));
		}

		@Test
		void aCurrentValueOfZeroIsAFallOfOneHundredPercent() {
			// (0/4)^(1/5) - 1 = -1, pv = -1 * -1 = 1 with a desired decrease
			ProgressAssessment a = assess(values(2015, 4, 2020, 0), DECREASE, null, null);

			assertThat(a.progressValue()).isEqualTo(1.0);
			assertThat(a.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
		}
	}

	@Nested
	class TooFewData {

		@Test
		void oneValueIsNotEnough() {
			ProgressAssessment a = assess(values(2018, 40), INCREASE, null, null);

			assertThat(a.status()).isEqualTo(ProgressStatus.UNABLE_TO_ASSESS);
			assertThat(a.score()).isNull();
			assertThat(a.reason()).isEqualTo("fewer than two years of data from the base year 2015");
		}

		@Test
		void valuesBeforeTheBaseYearAreNotUsed() {
			ProgressAssessment a = assess(values(2010, 40, 2014, 50, 2015, 55), INCREASE, null, null);

			assertThat(a.status()).isEqualTo(ProgressStatus.UNABLE_TO_ASSESS);
		}

		@Test
		void aSeriesEndingBeforeTheBaseYearCannotBeAssessed() {
			ProgressAssessment a = assess(values(2010, 40, 2014, 50), INCREASE, null, null);

			assertThat(a.status()).isEqualTo(ProgressStatus.UNABLE_TO_ASSESS);
			assertThat(a.reason()).isEqualTo("no value in or after the base year 2015");
		}

		@Test
		void withoutAValueInTheBaseYearTheNextYearIsTheBase() {
			// base 2016: (70/60)^(1/4) - 1 = 0.0392899
			ProgressAssessment a = assess(values(2013, 50, 2016, 60, 2020, 70), INCREASE, null, null);

			assertThat(a.baseYear()).isEqualTo(2016);
			assertThat(a.baseValue()).isEqualTo(60.0);
			assertThat(a.progressValue()).isCloseTo(0.039289877625411807, within(EXACT));
		}

		@Test
		void valuesOfOppositeSignsCannotBeAssessed() {
			ProgressAssessment a = assess(values(2015, -2, 2020, 3), INCREASE, null, null);

			assertThat(a.status()).isEqualTo(ProgressStatus.UNABLE_TO_ASSESS);
			assertThat(a.reason()).isEqualTo("base and current values have opposite signs");
		}

		@Test
		void noValuesCannotBeAssessed() {
			assertThat(assess(values(), INCREASE, null, null).status()).isEqualTo(ProgressStatus.UNABLE_TO_ASSESS);
		}

		@Test
		void aContextIndicatorIsNotAssessed() {
			ProgressAssessment a = assess(values(2015, 10, 2020, 12), NONE, null, null);

			assertThat(a.status()).isEqualTo(ProgressStatus.NOT_AVAILABLE);
			assertThat(a.method()).isEqualTo("NONE");
		}
	}

	@Nested
	class OtherSettings {

		@Test
		void eurostatThresholdsWithoutTargetChangeTheStatusNotTheScoreLine() {
			// (101.5/100)^(1/5) - 1 = 0.00298210: limited under Open SDG (< 0.5%), moderate under Eurostat (0 <= pv < 1%)
			ProgressMeasure eurostat = new ProgressMeasure(
					new ProgressSettings(2015, 2030, new Thresholds(0.01, 0, 0), new Thresholds(0.95, 0.6, 0)));
			SeriesData series = new SeriesData("X", "KAZ", values(2015, 100, 2020, 101.5), INCREASE, null, null);

			assertThat(openSdg.assess(series).status()).isEqualTo(ProgressStatus.LIMITED_PROGRESS);
			ProgressAssessment a = eurostat.assess(series);
			assertThat(a.status()).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
			assertThat(a.configuration()).contains("withoutTarget=0.01/0.0/0.0");
		}

		@Test
		void anotherBaseYearMovesTheBase() {
			ProgressMeasure from2018 = new ProgressMeasure(new ProgressSettings(2018, 2030, null, null));

			ProgressAssessment a = from2018.assess(
					new SeriesData("X", "KAZ", values(2015, 100, 2018, 104, 2020, 110), INCREASE, null, null));

			assertThat(a.baseYear()).isEqualTo(2018);
			assertThat(a.baseValue()).isEqualTo(104.0);
		}
	}

	private ProgressAssessment assess(TreeMap<Integer, Double> values, Direction direction, Double limit,
			SeriesData.SeriesTarget target) {
		return openSdg.assess(new SeriesData("X", "KAZ", values, direction, limit, target));
	}

	private static SeriesData.SeriesTarget target(double value, int year) {
		return new SeriesData.SeriesTarget(value, year, null, true);
	}

	/** Year, value, year, value, ... */
	static TreeMap<Integer, Double> values(double... yearsAndValues) {
		TreeMap<Integer, Double> values = new TreeMap<>();
		for (int i = 0; i < yearsAndValues.length; i += 2) {
			values.put((int) yearsAndValues[i], yearsAndValues[i + 1]);
		}
		return values;
	}
}
