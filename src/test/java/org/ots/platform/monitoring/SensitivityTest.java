package org.ots.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ots.platform.indicators.Direction;

/**
 * A balanced unit against two lopsided ones, computed by hand: X is A = 6, B = 10, C = 0 and Y is A = 6, B = 0,
 * C = 10. Every normalisation that keeps distances puts A first and B and C tied second; rank and percentile keep
 * only the order, so under the arithmetic mean all three tie (A is 2nd twice, B and C are 1st and 3rd).
 */
class SensitivityTest {

	private static final IndexMatrix MATRIX = IndexMatrix.builder()
		.indicator("X", Direction.INCREASE)
		.indicator("Y", Direction.INCREASE)
		.value("A", "X", 6).value("B", "X", 10).value("C", "X", 0)
		.value("A", "Y", 6).value("B", "Y", 0).value("C", "Y", 10)
		.build();

	private final SensitivityReport report = Sensitivity.analyse(MATRIX, IndexMethod.standard());

	@Test
	void recomputesUnderEveryNormalisationAndBothAggregationsWithTheBaseFirst() {
		assertThat(report.variants()).extracting(SensitivityReport.Variant::label).containsExactly(
				"min-max 0-100, equal weights, arithmetic mean",
				"min-max 0-100, equal weights, geometric mean (indicators with values of 0 or below shifted so their "
						+ "lowest is 1% of their range)",
				"z-score (sample standard deviation), equal weights, arithmetic mean",
				"z-score (sample standard deviation), equal weights, geometric mean (indicators with values of 0 or "
						+ "below shifted so their lowest is 1% of their range)",
				"ratio to the mean of the units, equal weights, arithmetic mean",
				"ratio to the mean of the units, equal weights, geometric mean (indicators with values of 0 or below "
						+ "shifted so their lowest is 1% of their range)",
				"rank (ties at the minimum rank), equal weights, arithmetic mean",
				"rank (ties at the minimum rank), equal weights, geometric mean (indicators with values of 0 or below "
						+ "shifted so their lowest is 1% of their range)",
				"percentile (rank / units × 100), equal weights, arithmetic mean",
				"percentile (rank / units × 100), equal weights, geometric mean (indicators with values of 0 or below "
						+ "shifted so their lowest is 1% of their range)");
	}

	@Test
	void reportsEachUnitsRankUnderEveryVariant() {
		assertThat(unit("A").ranks()).containsOnly(1);
		assertThat(unit("B").ranks()).containsExactly(2, 2, 2, 2, 2, 2, 1, 2, 1, 2);
	}

	@Test
	void summarisesMedianRangeAndMeanAbsoluteShiftPerUnit() {
		SensitivityReport.UnitSensitivity b = unit("B");

		assertThat(b.baseRank()).isEqualTo(2);
		assertThat(b.medianRank()).isEqualTo(2.0);
		assertThat(b.bestRank()).isEqualTo(1);
		assertThat(b.worstRank()).isEqualTo(2);
		assertThat(b.meanAbsoluteRankShift()).isEqualTo(2.0 / 9);
		assertThat(unit("A").meanAbsoluteRankShift()).isZero();
	}

	@Test
	void givesEachVariantTheAverageShiftInRanksOverTheUnits() {
		assertThat(report.variants().get(6).meanAbsoluteRankShift()).isEqualTo(2.0 / 3);
		assertThat(report.variants().get(0).meanAbsoluteRankShift()).isZero();
	}

	@Test
	void setWeightsAreAlsoComparedWithEqualWeights() {
		IndexMethod weighted = IndexMethod.standard().with(Weights.set(Map.of("X", 2.0, "Y", 1.0)));

		List<SensitivityReport.Variant> variants = Sensitivity.analyse(MATRIX, weighted).variants();

		assertThat(variants).hasSize(20);
		assertThat(variants).filteredOn(variant -> variant.method().weights().isEqual()).hasSize(10);
	}

	@Test
	void aVariantTheDataDoNotAllowIsListedWithItsReasonAndLeftOutOfTheSummary() {
		IndexMatrix negative = IndexMatrix.builder().indicator("G", Direction.INCREASE)
			.value("A", "G", -5).value("B", "G", -1).value("C", "G", 0).build();

		SensitivityReport negativeReport = Sensitivity.analyse(negative, IndexMethod.standard());

		SensitivityReport.Variant toMean = negativeReport.variants().get(4);
		assertThat(toMean.computed()).isFalse();
		assertThat(toMean.notComputableBecause())
			.isEqualTo("Distance to the mean of the units needs a positive reference, but the reference for G is -2.");
		assertThat(negativeReport.units()).allSatisfy(unit -> assertThat(unit.ranks().get(4)).isNull());
		assertThat(negativeReport.units()).extracting(SensitivityReport.UnitSensitivity::worstRank)
			.containsExactly(1, 2, 3);
	}

	@Test
	void theSameInputGivesTheSameReport() {
		assertThat(Sensitivity.analyse(MATRIX, IndexMethod.standard())).isEqualTo(report);
	}

	private SensitivityReport.UnitSensitivity unit(String code) {
		return report.units().stream().filter(unit -> unit.unit().equals(code)).findFirst().orElseThrow();
	}
}
