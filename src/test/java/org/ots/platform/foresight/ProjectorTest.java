package org.ots.platform.foresight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The projection methods on series whose projection can be worked out by hand. */
class ProjectorTest {

	private final Projector projector = new Projector();

	private Projection project(double[] values, ProjectionMethod method) {
		return projector.project(values, 2011, SeriesTraits.unbounded(), 6, method);
	}

	private static double[] points(Projection projection) {
		return projection.years().stream().mapToDouble(ProjectedYear::point).toArray();
	}

	/** A fixed wiggle around a gentle rise, so that every model has errors to estimate. */
	private static double[] noisy(int n) {
		double[] y = new double[n];
		for (int t = 0; t < n; t++) {
			y[t] = 100 + 1.5 * t + 6 * Math.sin(1.7 * t) + 3 * Math.cos(4.1 * t);
		}
		return y;
	}

	@Nested
	class ConstantSeries {

		@ParameterizedTest
		@EnumSource(ProjectionMethod.class)
		void staysWhereItIsWithEveryMethod(ProjectionMethod method) {
			Projection projection = project(new double[] { 7, 7, 7, 7, 7, 7, 7, 7, 7, 7 }, method);

			assertThat(points(projection)).containsOnly(new double[] { 7 }, within(1e-6));
			assertThat(projection.years()).allSatisfy(y -> assertThat(y.upper95() - y.lower95()).isLessThan(1e-6));
		}

		@Test
		void choosesTheSimplestSmoothingModel() {
			Projection projection = project(new double[] { 7, 7, 7, 7, 7, 7, 7, 7, 7, 7 },
					ProjectionMethod.EXPONENTIAL_SMOOTHING);

			assertThat(projection.fits()).extracting(ModelFit::model)
				.containsExactly(ProjectionMethod.SIMPLE_EXPONENTIAL_SMOOTHING);
		}
	}

	@Nested
	class LinearTrend {

		/** y = 5 + 2t for t = 1..10: the last value is 25. */
		private final double[] line = { 7, 9, 11, 13, 15, 17, 19, 21, 23, 25 };

		@Test
		void holtContinuesTheLineExactly() {
			assertThat(points(project(line, ProjectionMethod.HOLT)))
				.containsExactly(new double[] { 27, 29, 31, 33, 35, 37 }, within(1e-6));
		}

		@Test
		void smoothingChoiceByAiccIsHolt() {
			Projection projection = project(line, ProjectionMethod.EXPONENTIAL_SMOOTHING);

			assertThat(projection.fits()).extracting(ModelFit::model).containsExactly(ProjectionMethod.HOLT);
			assertThat(projection.years().get(5).point()).isCloseTo(37, within(1e-6));
		}

		/** SES follows the line with alpha at its bound 1, so Theta adds half the slope a year: 25 + h. */
		@Test
		void thetaContinuesWithHalfTheSlope() {
			assertThat(points(project(line, ProjectionMethod.THETA)))
				.containsExactly(new double[] { 26, 27, 28, 29, 30, 31 }, within(0.01));
		}

		/**
		 * The dynamic model puts nearly the whole slope into its trend line (theta large); not all of it, because
		 * the line fitted to the first two values cannot explain the second one.
		 */
		@Test
		void dynamicOptimisedThetaContinuesTheLineWithNearlyItsSlope() {
			double[] points = points(project(line, ProjectionMethod.DYNAMIC_OPTIMISED_THETA));

			assertThat(points[0]).isCloseTo(27, within(0.1));
			for (int h = 1; h < 6; h++) {
				assertThat(points[h] - points[h - 1]).isBetween(1.9, 2.0);
			}
		}

		/** Holt rises 2 a year, Theta 1, the dynamic Theta model nearly 2: the median is the dynamic model. */
		@Test
		void combinationFollowsTheMiddleMember() {
			assertThat(points(project(line, ProjectionMethod.COMBINATION)))
				.containsExactly(points(project(line, ProjectionMethod.DYNAMIC_OPTIMISED_THETA)));
		}
	}

	@Nested
	class LevelShift {

		private final double[] shifted = { 10, 10, 10, 10, 10, 20, 20, 20, 20, 20 };

		@Test
		void simpleSmoothingMovesToTheNewLevel() {
			assertThat(points(project(shifted, ProjectionMethod.SIMPLE_EXPONENTIAL_SMOOTHING)))
				.containsOnly(new double[] { 20 }, within(1e-3));
		}

		/** The least-squares slope through the step is 125 / 82.5; Theta adds half of it a year to the level 20. */
		@Test
		void thetaAddsHalfTheFittedSlopeToTheNewLevel() {
			double drift = 125 / 82.5 / 2;

			assertThat(points(project(shifted, ProjectionMethod.THETA))[0]).isCloseTo(20 + drift, within(1e-3));
			assertThat(points(project(shifted, ProjectionMethod.THETA))[5]).isCloseTo(20 + 6 * drift, within(1e-3));
		}
	}

	@Nested
	class ShortSeries {

		/**
		 * Three points: drift (4 - 1) / 2 = 1.5; the changes 1 and 2 leave sigma^2 = 0.5 with one degree of freedom;
		 * Var(1) = 0.5 * 1 * (1 + 1/2) = 0.75.
		 */
		@Test
		void threePointsGetTheNaiveMethodWithDrift() {
			Projection projection = projector.project(new double[] { 1, 2, 4 }, 2021, SeriesTraits.unbounded(), 3);

			ProjectedYear first = projection.years().get(0);
			assertThat(projection.fits()).extracting(ModelFit::model).containsExactly(ProjectionMethod.NAIVE_WITH_DRIFT);
			assertThat(first.year()).isEqualTo(2024);
			assertThat(first.point()).isCloseTo(5.5, within(1e-12));
			assertThat(first.upper95()).isCloseTo(5.5 + 1.959963984540054 * Math.sqrt(0.75), within(1e-9));
			assertThat(projection.years().get(2).point()).isCloseTo(8.5, within(1e-12));
		}

		@Test
		void twoPointsGiveNoProjectionAndSayWhy() {
			Projection projection = projector.project(new double[] { 1, 2 }, 2021, SeriesTraits.unbounded(), 3);

			assertThat(projection.isAvailable()).isFalse();
			assertThat(projection.reasonForNone()).contains(NoProjectionReason.TOO_FEW_VALUES);
			assertThat(projection.years()).isEmpty();
		}

		@Test
		void fiveValuesAreTooFewForTrendModels() {
			Projection projection = project(noisy(5), ProjectionMethod.EXPONENTIAL_SMOOTHING);

			assertThat(projection.fits()).extracting(ModelFit::model)
				.containsExactly(ProjectionMethod.SIMPLE_EXPONENTIAL_SMOOTHING);
		}

		/**
		 * The drift estimated from two changes is itself uncertain: Var(h) = sigma^2 h (1 + h/2), so the fan three
		 * years out is sqrt(3 * 2.5 / 1.5) = sqrt(5) times as wide as one year out, not sqrt(3) as for a known drift.
		 */
		@Test
		void theFanOfThreePointsAlsoCarriesTheUncertainDrift() {
			Projection projection = projector.project(new double[] { 1, 2, 4 }, 2021, SeriesTraits.unbounded(), 3);

			assertThat(width(projection, 2) / width(projection, 0)).isCloseTo(Math.sqrt(5), within(1e-9));
		}
	}

	@Nested
	class NaturalLimits {

		@Test
		void aShareRisingTowardsAHundredStopsThere() {
			Projection projection = projector.project(new double[] { 80, 84, 88, 92, 96, 99 }, 2018,
					SeriesTraits.between(0, 100), 6);

			assertThat(projection.years()).allSatisfy(y -> {
				assertThat(y.point()).isLessThanOrEqualTo(100);
				assertThat(y.upper80()).isLessThanOrEqualTo(100);
				assertThat(y.upper95()).isLessThanOrEqualTo(100);
			});
			assertThat(projection.years().get(5).point()).isEqualTo(100);
		}

		@Test
		void aPositiveQuantityHeadingToZeroNeverGoesBelow() {
			Projection projection = projector.project(new double[] { 60, 50, 40, 30, 20, 10 }, 2018,
					SeriesTraits.nonNegative(), 6);

			assertThat(projection.years()).allSatisfy(y -> assertThat(y.lower95()).isGreaterThanOrEqualTo(0));
			assertThat(projection.years().get(5).point()).isZero();
		}
	}

	/** A positive quantity gets its fan from the same method fitted to the logarithms, around the same points. */
	@Nested
	class PositiveQuantities {

		@ParameterizedTest
		@EnumSource(ProjectionMethod.class)
		void theFanChangesButThePointsDoNot(ProjectionMethod method) {
			Projection additive = project(noisy(20), method);
			Projection positive = projector.project(noisy(20), 2011, SeriesTraits.nonNegative(), 6, method);

			assertThat(points(positive)).containsExactly(points(additive));
			assertThat(width(positive, 5)).isNotEqualTo(width(additive, 5));
		}

		/** Log-normal around the point: as far above it in ratio as below, so further above it in units. */
		@Test
		void theFanIsMultiplicativeAroundThePoint() {
			Projection projection = projector.project(noisy(20), 2011, SeriesTraits.nonNegative(), 6);

			assertThat(projection.years()).allSatisfy(y -> {
				assertThat(y.upper95() / y.point()).isCloseTo(y.point() / y.lower95(), within(1e-9));
				assertThat(y.upper80() / y.point()).isCloseTo(y.point() / y.lower80(), within(1e-9));
				assertThat(y.upper95() - y.point()).isGreaterThan(y.point() - y.lower95());
			});
		}

		@Test
		void aSeriesWithAZeroOrThatMayTurnNegativeKeepsTheSymmetricFan() {
			double[] withZero = noisy(20);
			withZero[0] = 0;

			for (Projection projection : List.of(project(noisy(20), ProjectionMethod.COMBINATION),
					projector.project(withZero, 2011, SeriesTraits.nonNegative(), 6))) {
				assertThat(projection.years()).allSatisfy(y -> assertThat(y.upper95() - y.point())
					.isCloseTo(y.point() - y.lower95(), within(1e-9)));
			}
		}
	}

	@ParameterizedTest
	@EnumSource(ProjectionMethod.class)
	void intervalsWidenWithTheHorizon(ProjectionMethod method) {
		for (SeriesTraits traits : List.of(SeriesTraits.unbounded(), SeriesTraits.nonNegative())) {
			Projection projection = projector.project(noisy(20), 2011, traits, 6, method);

			for (int h = 1; h < 6; h++) {
				assertThat(width(projection, h)).isGreaterThan(width(projection, h - 1));
			}
			assertThat(projection.years()).allSatisfy(y -> {
				assertThat(y.lower95()).isLessThan(y.lower80());
				assertThat(y.lower80()).isLessThan(y.point());
				assertThat(y.upper80()).isLessThan(y.upper95());
			});
		}
	}

	@Test
	void theSameValuesAlwaysGiveTheSameProjection() {
		for (ProjectionMethod method : EnumSet.allOf(ProjectionMethod.class)) {
			Projection first = new Projector().project(noisy(25), 2000, SeriesTraits.nonNegative(), 10, method);
			Projection second = new Projector().project(noisy(25), 2000, SeriesTraits.nonNegative(), 10, method);

			assertThat(second.years()).isEqualTo(first.years());
			assertThat(second.fits()).isEqualTo(first.fits());
		}
	}

	@Test
	void theCombinationNamesItsMembersAndTheirFit() {
		List<ModelFit> fits = project(noisy(20), ProjectionMethod.COMBINATION).fits();

		assertThat(fits).extracting(ModelFit::model)
			.contains(ProjectionMethod.THETA, ProjectionMethod.DYNAMIC_OPTIMISED_THETA);
		assertThat(fits).allSatisfy(fit -> {
			assertThat(fit.n()).isEqualTo(20);
			assertThat(fit.sigma()).isPositive();
			assertThat(fit.aicc()).isFinite();
			assertThat(fit.parameters()).containsKey("alpha");
		});
	}

	@Test
	void refusesValuesThatAreNotNumbersAndSenselessHorizons() {
		assertThatThrownBy(() -> projector.project(new double[] { 1, Double.NaN, 3 }, 2000, SeriesTraits.unbounded(), 3))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> projector.project(new double[] { 1, 2, 3 }, 2000, SeriesTraits.unbounded(), 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SeriesTraits.between(100, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	private static double width(Projection projection, int h) {
		ProjectedYear year = projection.years().get(h);
		return year.upper95() - year.lower95();
	}
}
