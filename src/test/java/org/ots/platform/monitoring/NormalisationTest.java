package org.ots.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ots.platform.indicators.Direction;
import org.ots.platform.monitoring.Normalisation.DistanceForm;

/**
 * Every normalisation on one small case computed by hand from the Handbook's formulas (not a published table):
 * A = 2, B = 4, C = 4, D = 10; mean 5, sample standard deviation √12.
 */
class NormalisationTest {

	private static final Offset<Double> EXACT = within(1e-12);

	private static final Map<String, Double> VALUES = values(2, 4, 4, 10);

	@Nested
	class WhereHigherIsBetter {

		@Test
		void minMaxOnAHundredPointScale() {
			assertThat(normalise(Normalisation.minMax(100))).containsExactlyEntriesOf(values(0, 25, 25, 100));
		}

		@Test
		void zScoreDividesBySampleStandardDeviation() {
			Map<String, Double> z = normalise(Normalisation.zScore());

			assertThat(z.get("A")).isCloseTo(-3 / Math.sqrt(12), EXACT);
			assertThat(z.get("D")).isCloseTo(5 / Math.sqrt(12), EXACT);
		}

		@Test
		void ratioAndDifferenceToAReferenceUnit() {
			assertThat(normalise(Normalisation.distanceTo(Reference.unit("B"), DistanceForm.RATIO)))
				.containsExactlyEntriesOf(values(0.5, 1, 1, 2.5));
			assertThat(normalise(Normalisation.distanceTo(Reference.unit("B"), DistanceForm.DIFFERENCE)))
				.containsExactlyEntriesOf(values(-0.5, 0, 0, 1.5));
		}

		@Test
		void ratioToAReferenceValuePerIndicator() {
			Reference target = Reference.values(Map.of("X", 8.0));

			assertThat(normalise(Normalisation.distanceTo(target, DistanceForm.RATIO)))
				.containsExactlyEntriesOf(values(0.25, 0.5, 0.5, 1.25));
		}

		@Test
		void rankAndPercentileShareTheMinimumRankOnTies() {
			assertThat(normalise(Normalisation.rank())).containsExactlyEntriesOf(values(1, 2, 2, 4));
			assertThat(normalise(Normalisation.percentile())).containsExactlyEntriesOf(values(25, 50, 50, 100));
		}

		private Map<String, Double> normalise(Normalisation normalisation) {
			return normalisation.normalise("X", VALUES, Direction.INCREASE);
		}
	}

	@Nested
	class WhereLowerIsBetter {

		@Test
		void minMaxCountsFromTheMaximum() {
			assertThat(normalise(Normalisation.minMax(100))).containsExactlyEntriesOf(values(100, 75, 75, 0));
		}

		@Test
		void zScoreChangesSign() {
			assertThat(normalise(Normalisation.zScore()).get("A")).isCloseTo(3 / Math.sqrt(12), EXACT);
		}

		@Test
		void ratioIsMirroredAroundOneAndDifferenceChangesSign() {
			assertThat(normalise(Normalisation.distanceTo(Reference.unit("B"), DistanceForm.RATIO)))
				.containsExactlyEntriesOf(values(1.5, 1, 1, -0.5));
			assertThat(normalise(Normalisation.distanceTo(Reference.unit("B"), DistanceForm.DIFFERENCE)))
				.containsExactlyEntriesOf(values(0.5, 0, 0, -1.5));
		}

		@Test
		void theBestUnitIsTheLowest() {
			assertThat(normalise(Normalisation.distanceTo(Reference.best(), DistanceForm.RATIO)))
				.containsExactlyEntriesOf(values(1, 0, 0, -3));
		}

		@Test
		void rankCountsFromTheHighestValue() {
			assertThat(normalise(Normalisation.rank())).containsExactlyEntriesOf(values(4, 2, 2, 1));
		}

		private Map<String, Double> normalise(Normalisation normalisation) {
			return normalisation.normalise("X", VALUES, Direction.DECREASE);
		}
	}

	@Nested
	class WhereTheUnitsDoNotDiffer {

		private final Map<String, Double> same = Map.of("A", 3.0, "B", 3.0);

		@Test
		void minMaxGivesTheMiddleOfTheScaleAndZScoreZero() {
			assertThat(Normalisation.minMax(100).normalise("X", same, Direction.INCREASE)).containsOnly(
					Map.entry("A", 50.0), Map.entry("B", 50.0));
			assertThat(Normalisation.zScore().normalise("X", same, Direction.INCREASE)).containsOnly(
					Map.entry("A", 0.0), Map.entry("B", 0.0));
		}

		@Test
		void aSingleUnitHasNoSpreadEither() {
			assertThat(Normalisation.zScore().normalise("X", Map.of("A", 3.0), Direction.INCREASE))
				.containsExactly(Map.entry("A", 0.0));
		}
	}

	@Test
	void aReferenceUnitWithoutAValueIsNamed() {
		Normalisation toKaz = Normalisation.distanceTo(Reference.unit("KAZ"), DistanceForm.RATIO);

		assertThatThrownBy(() -> toKaz.normalise("X", VALUES, Direction.INCREASE))
			.isInstanceOf(IndexNotComputableException.class)
			.hasMessage("The reference unit KAZ has no value for X among the scored units.");
	}

	@Test
	void aReferenceOfZeroIsRefused() {
		Normalisation toA = Normalisation.distanceTo(Reference.unit("A"), DistanceForm.RATIO);

		assertThatThrownBy(() -> toA.normalise("X", Map.of("A", 0.0, "B", 1.0), Direction.INCREASE))
			.isInstanceOf(IndexNotComputableException.class)
			.hasMessage("Distance to A needs a positive reference, but the reference for X is 0.");
	}

	@Test
	void minMaxScaleMustBePositive() {
		assertThatThrownBy(() -> Normalisation.minMax(0)).isInstanceOf(InvalidIndexException.class)
			.hasMessageContaining("positive upper end");
	}

	private static Map<String, Double> values(double a, double b, double c, double d) {
		Map<String, Double> values = new LinkedHashMap<>();
		values.put("A", a);
		values.put("B", b);
		values.put("C", c);
		values.put("D", d);
		return values;
	}
}
