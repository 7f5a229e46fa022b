package org.ots.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ots.platform.indicators.Direction;
import org.ots.platform.monitoring.Aggregation.NonPositiveValues;
import org.ots.platform.monitoring.Normalisation.DistanceForm;

/**
 * Indices computed by hand. The main case: X (higher is better) A = 0, B = 50, C = 100 and Y (lower is better)
 * A = 10, B = 30, C = 20; on min-max 0-100 X stays as it is and Y becomes A = 100, B = 0, C = 50.
 */
class CompositeIndexTest {

	private static final IndexMatrix MATRIX = IndexMatrix.builder()
		.indicator("X", Direction.INCREASE)
		.indicator("Y", Direction.DECREASE)
		.value("A", "X", 0).value("B", "X", 50).value("C", "X", 100)
		.value("A", "Y", 10).value("B", "Y", 30).value("C", "Y", 20)
		.build();

	@Test
	void arithmeticMeanOfNormalisedValuesWithLowerIsBetterTurnedRound() {
		IndexResult index = CompositeIndex.calculate(MATRIX, IndexMethod.standard());

		assertThat(index.ranks()).containsExactly(Map.entry("C", 1), Map.entry("A", 2), Map.entry("B", 3));
		assertThat(index.unit("A").orElseThrow().score()).isEqualTo(50.0);
		assertThat(index.unit("C").orElseThrow().normalised()).containsExactly(Map.entry("X", 100.0),
				Map.entry("Y", 50.0));
	}

	@Test
	void everyIndexStatesItsMethod() {
		IndexResult index = CompositeIndex.calculate(MATRIX, IndexMethod.standard());

		assertThat(index.statement()).isEqualTo("min-max 0-100, equal weights, arithmetic mean; units missing more "
				+ "than 1/3 of the indicators are not scored and the others are weighted over the indicators they "
				+ "report; lower is better for Y, normalised as (max − x) / (max − min)");
	}

	@Test
	void secretariatWeightsAreNormalisedToShares() {
		IndexMethod method = IndexMethod.standard().with(Weights.set(Map.of("X", 3.0, "Y", 1.0)));

		IndexResult index = CompositeIndex.calculate(MATRIX, method);

		assertThat(index.unit("B").orElseThrow().score()).isEqualTo(37.5);
		assertThat(index.ranks()).containsExactly(Map.entry("C", 1), Map.entry("B", 2), Map.entry("A", 3));
		assertThat(index.statement()).contains("weights set by the Secretariat (X 0.75, Y 0.25)");
	}

	@Nested
	class Ties {

		@Test
		void equalScoresShareTheMinimumRankAndTheNextRankIsSkipped() {
			IndexMatrix matrix = IndexMatrix.builder().indicator("X", Direction.INCREASE)
				.value("A", "X", 5).value("B", "X", 5).value("C", "X", 1).build();

			assertThat(CompositeIndex.calculate(matrix, IndexMethod.standard()).ranks())
				.containsExactly(Map.entry("A", 1), Map.entry("B", 1), Map.entry("C", 3));
		}

		@Test
		void scoresEqualUpToRoundingShareARank() {
			// 0.5·0.1 + 0.5·0.2 is 0.15000000000000002 in floating point, 0.5·0.15 + 0.5·0.15 is 0.15.
			IndexMatrix matrix = IndexMatrix.builder().indicator("X", Direction.INCREASE)
				.indicator("Y", Direction.INCREASE)
				.value("P", "X", 0.1).value("P", "Y", 0.2)
				.value("Q", "X", 0.15).value("Q", "Y", 0.15)
				.build();
			IndexMethod asGiven = IndexMethod.standard()
				.with(Normalisation.distanceTo(Reference.value(1), DistanceForm.RATIO));

			assertThat(CompositeIndex.calculate(matrix, asGiven).ranks()).containsOnly(Map.entry("P", 1),
					Map.entry("Q", 1));
		}
	}

	@Nested
	class MissingValues {

		/** D has an extreme X but reports only one indicator of three; E reports none. */
		private final IndexMatrix matrix = IndexMatrix.builder()
			.indicator("X", Direction.INCREASE).indicator("Y", Direction.INCREASE).indicator("Z", Direction.INCREASE)
			.value("A", "X", 0).value("A", "Y", 0).value("A", "Z", 0)
			.value("B", "X", 10).value("B", "Y", 10)
			.value("C", "X", 5).value("C", "Y", 4).value("C", "Z", 10)
			.value("D", "X", 1000)
			.unit("E")
			.build();

		@Test
		void aUnitMissingTooManyIndicatorsIsNotScoredAndSaysWhy() {
			IndexResult index = CompositeIndex.calculate(matrix, IndexMethod.standard());

			assertThat(index.unit("D").orElseThrow().notScoredBecause()).isEqualTo("missing 2 of 3 indicators");
			assertThat(index.unit("E").orElseThrow().notScoredBecause()).isEqualTo("missing 3 of 3 indicators");
			assertThat(index.ranking()).extracting(IndexResult.UnitScore::unit).containsExactly("B", "C", "A");
		}

		@Test
		void anUnscoredUnitDoesNotStretchTheScaleOfTheOthers() {
			IndexResult index = CompositeIndex.calculate(matrix, IndexMethod.standard());

			assertThat(index.unit("B").orElseThrow().normalised()).containsEntry("X", 100.0);
		}

		@Test
		void weightsAreRenormalisedOverTheIndicatorsAUnitReports() {
			IndexResult index = CompositeIndex.calculate(matrix, IndexMethod.standard());

			// B: X 100 and Y 100, Z missing, so each counts one half.
			assertThat(index.unit("B").orElseThrow().score()).isEqualTo(100.0);
			assertThat(index.unit("C").orElseThrow().score()).isCloseTo((50 + 40 + 100) / 3.0, within(1e-12));
		}

		@Test
		void aStricterRuleLeavesOutUnitsWithAnyGap() {
			IndexResult index = CompositeIndex.calculate(matrix, IndexMethod.standard().with(MissingData.noneAllowed()));

			assertThat(index.unit("B").orElseThrow().notScoredBecause()).isEqualTo("missing 1 of 3 indicators");
			assertThat(index.statement()).contains("units missing any indicator are not scored");
		}

		@Test
		void aUnitReportingOnlyUnweightedIndicatorsIsNotScored() {
			IndexMatrix onlyY = IndexMatrix.builder().indicator("X", Direction.INCREASE).indicator("Y", Direction.INCREASE)
				.value("A", "X", 1).value("A", "Y", 1).value("B", "Y", 2).build();
			IndexMethod method = IndexMethod.standard().with(Weights.set(Map.of("X", 1.0, "Y", 0.0)))
				.with(MissingData.atMost(1, 2));

			assertThat(CompositeIndex.calculate(onlyY, method).unit("B").orElseThrow().notScoredBecause())
				.isEqualTo("none of the indicators it reports carries weight");
		}
	}

	@Nested
	class Geometric {

		@Test
		void refusesAZeroAndNamesWhere() {
			IndexMethod method = IndexMethod.standard().with(Aggregation.geometric(NonPositiveValues.REFUSE));

			assertThatThrownBy(() -> CompositeIndex.calculate(MATRIX, method))
				.isInstanceOf(IndexNotComputableException.class)
				.hasMessageStartingWith("Geometric aggregation needs strictly positive normalised values, but A has 0 "
						+ "on X.");
		}

		@Test
		void shiftsAnIndicatorWithZerosSoItsLowestIsOnePercentOfItsRange() {
			IndexMethod method = IndexMethod.standard().with(Aggregation.geometric(NonPositiveValues.SHIFT));

			IndexResult index = CompositeIndex.calculate(MATRIX, method);

			// X becomes 1, 51, 101 and Y 101, 1, 51.
			assertThat(index.unit("A").orElseThrow().score()).isCloseTo(Math.sqrt(1 * 101), within(1e-9));
			assertThat(index.unit("B").orElseThrow().score()).isCloseTo(Math.sqrt(51 * 1), within(1e-9));
			assertThat(index.ranks()).containsExactly(Map.entry("C", 1), Map.entry("A", 2), Map.entry("B", 3));
			assertThat(index.unit("A").orElseThrow().normalised()).containsEntry("X", 0.0);
		}

		@Test
		void theShiftDoesNotDependOnTheScale() {
			IndexMethod onHundred = IndexMethod.standard().with(Aggregation.geometric(NonPositiveValues.SHIFT));
			IndexMethod onOne = onHundred.with(Normalisation.minMax(1));

			assertThat(CompositeIndex.calculate(MATRIX, onOne).ranks())
				.isEqualTo(CompositeIndex.calculate(MATRIX, onHundred).ranks());
			assertThat(CompositeIndex.calculate(MATRIX, onOne).unit("A").orElseThrow().score())
				.isCloseTo(Math.sqrt(101) / 100, within(1e-12));
		}

		@Test
		void positiveValuesAreUsedAsTheyAre() {
			IndexMatrix ratios = IndexMatrix.builder().indicator("X", Direction.INCREASE).indicator("Y", Direction.INCREASE)
				.value("A", "X", 4).value("A", "Y", 1).build();
			IndexMethod method = new IndexMethod(Normalisation.distanceTo(Reference.value(1), DistanceForm.RATIO),
					Weights.equal(), Aggregation.geometric(NonPositiveValues.SHIFT), MissingData.noneAllowed());

			assertThat(CompositeIndex.calculate(ratios, method).unit("A").orElseThrow().score()).isCloseTo(2.0,
					within(1e-12));
		}
	}

	@Test
	void theSameDataInAnyOrderGiveTheSameIndex() {
		IndexMatrix shuffled = IndexMatrix.builder()
			.indicator("X", Direction.INCREASE)
			.indicator("Y", Direction.DECREASE)
			.value("C", "Y", 20).value("B", "Y", 30).value("A", "Y", 10)
			.value("C", "X", 100).value("A", "X", 0).value("B", "X", 50)
			.build();
		IndexMethod method = IndexMethod.standard().with(Normalisation.zScore());

		assertThat(CompositeIndex.calculate(shuffled, method)).isEqualTo(CompositeIndex.calculate(MATRIX, method))
			.isEqualTo(CompositeIndex.calculate(MATRIX, method));
	}

	@Nested
	class InvalidInput {

		@Test
		void anIndicatorWithoutABetterDirectionCannotEnter() {
			assertThatThrownBy(() -> IndexMatrix.builder().indicator("SP.POP.TOTL", Direction.NONE))
				.isInstanceOf(InvalidIndexException.class)
				.hasMessage("Indicator SP.POP.TOTL has no direction in which it is better (increase or decrease), "
						+ "so it cannot enter an index.");
		}

		@Test
		void aValueThatIsNotANumberIsRefused() {
			IndexMatrix.Builder builder = IndexMatrix.builder().indicator("X", Direction.INCREASE);

			assertThatThrownBy(() -> builder.value("A", "X", Double.NaN)).isInstanceOf(InvalidIndexException.class)
				.hasMessage("Value for A on X is not a number: NaN. Leave the cell empty instead.");
		}

		@Test
		void aValueForAnUndeclaredIndicatorIsRefused() {
			IndexMatrix.Builder builder = IndexMatrix.builder().indicator("X", Direction.INCREASE);

			assertThatThrownBy(() -> builder.value("A", "Q", 1)).isInstanceOf(InvalidIndexException.class)
				.hasMessage("Value for A on Q, which is not a declared indicator of this index.");
		}
	}
}
