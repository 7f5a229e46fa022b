package org.ots.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ots.platform.indicators.Direction;

class WeightsTest {

	@Test
	void setWeightsInAnyUnitBecomeSharesSummingToOne() {
		Weights points = Weights.set(Map.of("A", 50.0, "B", 25.0, "C", 25.0));

		assertThat(points.sharesFor(List.of("A", "B", "C"))).containsExactly(Map.entry("A", 0.5),
				Map.entry("B", 0.25), Map.entry("C", 0.25));
	}

	@Test
	void equalWeightsShareOneEqually() {
		assertThat(Weights.equal().sharesFor(List.of("A", "B", "C", "D"))).containsOnly(Map.entry("A", 0.25),
				Map.entry("B", 0.25), Map.entry("C", 0.25), Map.entry("D", 0.25));
	}

	@Test
	void aNegativeWeightIsRefused() {
		assertThatThrownBy(() -> Weights.set(Map.of("A", 1.0, "B", -0.5))).isInstanceOf(InvalidIndexException.class)
			.hasMessage("The weight of B is negative (-0.5); weights must be zero or positive.");
	}

	@Test
	void aWeightThatIsNotANumberIsRefused() {
		Map<String, Double> weights = new LinkedHashMap<>();
		weights.put("A", 1.0);
		weights.put("B", null);

		assertThatThrownBy(() -> Weights.set(weights)).isInstanceOf(InvalidIndexException.class)
			.hasMessage("The weight of B is not a number.");
		assertThatThrownBy(() -> Weights.set(Map.of("A", Double.POSITIVE_INFINITY)))
			.hasMessage("The weight of A is not a number.");
	}

	@Test
	void allZeroWeightsAreRefused() {
		assertThatThrownBy(() -> Weights.set(Map.of("A", 0.0, "B", 0.0))).isInstanceOf(InvalidIndexException.class)
			.hasMessage("At least one weight must be positive; all 2 are zero.");
	}

	@Test
	void setWeightsMustCoverEveryIndicatorOfTheIndex() {
		IndexMatrix matrix = IndexMatrix.builder().indicator("A", Direction.INCREASE).indicator("B", Direction.INCREASE)
			.value("KAZ", "A", 1).value("KAZ", "B", 1).build();
		IndexMethod onlyA = IndexMethod.standard().with(Weights.set(Map.of("A", 1.0)));

		assertThatThrownBy(() -> CompositeIndex.calculate(matrix, onlyA)).isInstanceOf(InvalidIndexException.class)
			.hasMessage("No weight is set for B; set weights must cover every indicator (use 0 to leave one out of the "
					+ "score).");
	}

	@Test
	void aWeightForAnIndicatorOutsideTheIndexIsRefused() {
		IndexMatrix matrix = IndexMatrix.builder().indicator("A", Direction.INCREASE).value("KAZ", "A", 1).build();
		IndexMethod stray = IndexMethod.standard().with(Weights.set(Map.of("A", 1.0, "Q", 1.0)));

		assertThatThrownBy(() -> CompositeIndex.calculate(matrix, stray)).isInstanceOf(InvalidIndexException.class)
			.hasMessage("Weights are set for Q, which is not an indicator of this index.");
	}

	@Test
	void theStatementShowsTheSharesUsed() {
		assertThat(Weights.set(Map.of("B", 1.0, "A", 2.0)).describe())
			.isEqualTo("weights set by the Secretariat (A 0.667, B 0.333)");
	}
}
