package org.ots.platform.foresight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** A scenario's assumptions turned into values, checked against figures worked out by hand. */
class ScenarioArithmeticTest {

	private static ScenarioPath path(PathKind kind, Object... yearsAndValues) {
		TreeMap<Integer, Double> points = new TreeMap<>();
		for (int i = 0; i < yearsAndValues.length; i += 2) {
			points.put((Integer) yearsAndValues[i], ((Number) yearsAndValues[i + 1]).doubleValue());
		}
		return new ScenarioPath("X", "OTS", kind, points);
	}

	@Test
	void aGrowthRateHoldsUpToItsYearAndTheNextRateTakesOver() {
		// 4500 in 2024; 26% a year to 2027, then 5% a year to 2029.
		List<ScenarioYear> years = ScenarioArithmetic.values(path(PathKind.GROWTH_RATE, 2027, 26, 2029, 5), 2024, 4500,
				SeriesTraits.nonNegative());

		assertThat(years).extracting(ScenarioYear::year).containsExactly(2025, 2026, 2027, 2028, 2029);
		assertThat(years.get(0).value()).isCloseTo(5670.0, within(1e-9));
		assertThat(years.get(1).value()).isCloseTo(7144.2, within(1e-9));
		assertThat(years.get(2).value()).isCloseTo(9001.692, within(1e-9));
		assertThat(years.get(3).value()).isCloseTo(9451.7766, within(1e-9));
		assertThat(years.get(4).value()).isCloseTo(9924.36543, within(1e-9));
		assertThat(years).noneMatch(ScenarioYear::limited);
	}

	@Test
	void levelsAreJoinedLinearlyFromTheLastObservationThroughEachPoint() {
		// 3.8 in 2024, 12 in 2027, 25 in 2030.
		List<ScenarioYear> years = ScenarioArithmetic.values(path(PathKind.LEVEL, 2027, 12, 2030, 25), 2024, 3.8,
				SeriesTraits.between(0, 100));

		double[] expected = { 3.8 + 8.2 / 3, 3.8 + 2 * 8.2 / 3, 12.0, 12 + 13.0 / 3, 12 + 26.0 / 3, 25.0 };
		assertThat(years).hasSize(expected.length);
		for (int i = 0; i < expected.length; i++) {
			assertThat(years.get(i).value()).as("year " + years.get(i).year()).isCloseTo(expected[i], within(1e-9));
		}
	}

	@Test
	void aShareIsHeldAtItsNaturalLimitAndTheYearSaysSo() {
		// 90% growing 5% a year: 94.5, then 99.225, then 104.19 which is held at 100.
		List<ScenarioYear> years = ScenarioArithmetic.values(path(PathKind.GROWTH_RATE, 2023, 5), 2020, 90,
				SeriesTraits.between(0, 100));

		assertThat(years.get(0).value()).isCloseTo(94.5, within(1e-9));
		assertThat(years.get(1).value()).isCloseTo(99.225, within(1e-9));
		assertThat(years.get(2).value()).isEqualTo(100.0);
		assertThat(years).extracting(ScenarioYear::limited).containsExactly(false, false, true);
	}

	@Test
	void aFallingPathNeverGoesBelowZeroForAPositiveQuantity() {
		List<ScenarioYear> years = ScenarioArithmetic.values(path(PathKind.LEVEL, 2022, -10), 2020, 10,
				SeriesTraits.nonNegative());

		assertThat(years).extracting(ScenarioYear::value).containsExactly(0.0, 0.0);
		assertThat(years).extracting(ScenarioYear::limited).containsExactly(false, true);
	}

	@Test
	void pointsTheDataHaveOvertakenAreSkippedAndThePathStartsAfterTheLastObservation() {
		// Saved when 2022 was the last value; 2024 has been reported since.
		List<ScenarioYear> years = ScenarioArithmetic.values(path(PathKind.GROWTH_RATE, 2023, 50, 2026, 10), 2024, 200,
				SeriesTraits.unbounded());

		assertThat(years).extracting(ScenarioYear::year).containsExactly(2025, 2026);
		assertThat(years.get(1).value()).isCloseTo(242.0, within(1e-9));
		assertThat(ScenarioArithmetic.values(path(PathKind.LEVEL, 2023, 1), 2024, 200, SeriesTraits.unbounded()))
			.isEmpty();
	}
}
