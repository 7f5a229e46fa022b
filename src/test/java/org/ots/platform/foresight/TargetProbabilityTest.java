package org.ots.platform.foresight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ots.platform.indicators.Direction;

/** The chance of meeting a target in its year, read from the projection's predictive distribution. */
class TargetProbabilityTest {

	private final Projection rising = new Projector().project(
			new double[] { 10, 12.5, 13.8, 16.4, 17.9, 20.6, 21.7, 24.4, 25.8, 28.3, 29.6, 32.2 }, 2012,
			SeriesTraits.between(0, 100), 8);

	@Test
	void aTargetFarBelowARisingSeriesIsAlmostCertainlyMet() {
		assertThat(rising.probabilityOfReaching(15, 2025, Direction.INCREASE)).isGreaterThan(0.99);
		assertThat(rising.probabilityOfReaching(15, 2025, Direction.DECREASE)).isLessThan(0.01);
	}

	@Test
	void aTargetFarAboveIsAlmostCertainlyMissed() {
		assertThat(rising.probabilityOfReaching(90, 2025, Direction.INCREASE)).isLessThan(0.01);
	}

	@Test
	void aTargetAtTheProjectionIsAToss() {
		double point = rising.years().get(3).point();

		assertThat(rising.probabilityOfReaching(point, 2027, Direction.INCREASE)).isCloseTo(0.5, within(1e-6));
	}

	@Test
	void aHigherTargetIsLessLikelyAndBothDirectionsAddUpToOne() {
		double previous = 1;
		for (double target = 20; target <= 60; target += 2) {
			double increase = rising.probabilityOfReaching(target, 2030, Direction.INCREASE);
			assertThat(increase).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
			assertThat(increase + rising.probabilityOfReaching(target, 2030, Direction.DECREASE))
				.isCloseTo(1, within(1e-9));
			previous = increase;
		}
	}

	/** The same distribution draws the fan and answers the question: a bound of the 80% interval is a 10% chance. */
	@Test
	void theChanceAgreesWithTheIntervalsOfPositiveAndOfUnboundedSeries() {
		Projection unbounded = new Projector().project(
				new double[] { 10, 12.5, 13.8, 16.4, 17.9, 20.6, 21.7, 24.4, 25.8, 28.3, 29.6, 32.2 }, 2012,
				SeriesTraits.unbounded(), 8);

		for (Projection projection : List.of(rising, unbounded)) {
			ProjectedYear year = projection.years().get(4);
			assertThat(projection.probabilityOfReaching(year.upper80(), year.year(), Direction.INCREASE))
				.isCloseTo(0.10, within(1e-6));
			assertThat(projection.probabilityOfReaching(year.lower80(), year.year(), Direction.DECREASE))
				.isCloseTo(0.10, within(1e-6));
			assertThat(projection.probabilityOfReaching(year.lower95(), year.year(), Direction.INCREASE))
				.isCloseTo(0.975, within(1e-6));
		}
	}

	@Test
	void aTargetBeyondTheNaturalLimitCannotBeMet() {
		assertThat(rising.probabilityOfReaching(101, 2030, Direction.INCREASE)).isZero();
		assertThat(rising.probabilityOfReaching(-1, 2030, Direction.DECREASE)).isZero();
		assertThat(rising.probabilityOfReaching(-1, 2030, Direction.INCREASE)).isEqualTo(1);
	}

	@Test
	void aTargetAtTheLimitBehindIsCertainAndAtTheLimitAheadIsNot() {
		assertThat(rising.probabilityOfReaching(0, 2030, Direction.INCREASE)).isEqualTo(1);
		assertThat(rising.probabilityOfReaching(100, 2030, Direction.INCREASE)).isBetween(0.0, 0.01);
	}

	@Test
	void onlyProjectedYearsAndRealDirectionsAreAnswered() {
		assertThatThrownBy(() -> rising.probabilityOfReaching(30, 2023, Direction.INCREASE))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> rising.probabilityOfReaching(30, 2032, Direction.INCREASE))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> rising.probabilityOfReaching(30, 2025, Direction.NONE))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aSeriesWithoutProjectionHasNoProbability() {
		Projection none = new Projector().project(new double[] { 1 }, 2024, SeriesTraits.unbounded(), 3);

		assertThatThrownBy(() -> none.probabilityOfReaching(2, 2025, Direction.INCREASE))
			.isInstanceOf(IllegalStateException.class);
	}
}
