package org.ots.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ots.platform.indicators.Direction;
import org.ots.platform.monitoring.Normalisation.DistanceForm;

/**
 * The Handbook's own worked example: Table 15 (p. 87) normalises "mean years of schooling" of the 23 countries of
 * the Technology Achievement Index in every way. Inputs and the published rows for Finland, the United States and
 * Singapore are quoted in shared/reference/review-mechanisms-and-methods.md, section 2.7 (TV-1); the Handbook prints
 * two decimals (one for percentiles), so each check allows half a unit of the last printed digit.
 */
class HandbookNormalisationTest {

	private static final Map<String, Double> SCHOOLING = schooling();

	@Test
	void ranksAscendingWithTiesAtTheMinimumRank() {
		Map<String, Double> ranks = normalise(Normalisation.rank());

		assertThat(ranks).containsEntry("FIN", 15.0).containsEntry("USA", 23.0).containsEntry("SGP", 1.0);
		// Slovenia has Singapore's 7.1 years; the Netherlands, the UK and Ireland share 9.4.
		assertThat(ranks).containsEntry("SVN", 1.0).containsEntry("ITA", 3.0);
		assertThat(ranks.get("NLD")).isEqualTo(ranks.get("GBR")).isEqualTo(ranks.get("IRL")).isEqualTo(9.0);
	}

	@Test
	void zScoresUseTheSampleStandardDeviation() {
		Map<String, Double> z = normalise(Normalisation.zScore());

		assertPrinted(z, "FIN", 0.26);
		assertPrinted(z, "USA", 1.52);
		assertPrinted(z, "SGP", -1.58);
	}

	@Test
	void minMaxOnZeroToOne() {
		Map<String, Double> minMax = normalise(Normalisation.minMax(1));

		assertPrinted(minMax, "FIN", 0.59);
		assertPrinted(minMax, "USA", 1.00);
		assertPrinted(minMax, "SGP", 0.00);
	}

	@Test
	void ratioToTheMeanTheBestAndTheWorst() {
		Map<String, Double> toMean = normalise(Normalisation.distanceTo(Reference.mean(), DistanceForm.RATIO));
		Map<String, Double> toBest = normalise(Normalisation.distanceTo(Reference.best(), DistanceForm.RATIO));
		Map<String, Double> toWorst = normalise(Normalisation.distanceTo(Reference.worst(), DistanceForm.RATIO));

		assertPrinted(toMean, "FIN", 1.04);
		assertPrinted(toMean, "USA", 1.25);
		assertPrinted(toMean, "SGP", 0.74);
		assertPrinted(toBest, "FIN", 0.83);
		assertPrinted(toBest, "USA", 1.00);
		assertPrinted(toBest, "SGP", 0.59);
		assertPrinted(toWorst, "FIN", 1.41);
		assertPrinted(toWorst, "USA", 1.69);
		assertPrinted(toWorst, "SGP", 1.00);
	}

	@Test
	void relativeDifferenceToTheMeanAndTheWorst() {
		Map<String, Double> toMean = normalise(Normalisation.distanceTo(Reference.mean(), DistanceForm.DIFFERENCE));
		Map<String, Double> toWorst = normalise(Normalisation.distanceTo(Reference.worst(), DistanceForm.DIFFERENCE));

		assertPrinted(toMean, "FIN", 0.04);
		assertPrinted(toMean, "USA", 0.25);
		assertPrinted(toMean, "SGP", -0.26);
		assertPrinted(toWorst, "FIN", 0.41);
		assertPrinted(toWorst, "USA", 0.69);
		assertPrinted(toWorst, "SGP", 0.00);
	}

	@Test
	void percentileIsRankOverTheNumberOfCountries() {
		Map<String, Double> percentile = normalise(Normalisation.percentile());

		assertThat(percentile.get("FIN")).isCloseTo(65.2, within(0.05));
		assertThat(percentile.get("USA")).isCloseTo(100, within(0.05));
		assertThat(percentile.get("SGP")).isCloseTo(4.3, within(0.05));
	}

	private static Map<String, Double> normalise(Normalisation normalisation) {
		return normalisation.normalise("SCHOOLING", SCHOOLING, Direction.INCREASE);
	}

	private static void assertPrinted(Map<String, Double> values, String country, double printed) {
		assertThat(values.get(country)).as(country).isCloseTo(printed, within(0.005));
	}

	private static Map<String, Double> schooling() {
		Map<String, Double> years = new LinkedHashMap<>();
		years.put("FIN", 10.0);
		years.put("USA", 12.0);
		years.put("SWE", 11.4);
		years.put("JPN", 9.5);
		years.put("KOR", 10.8);
		years.put("NLD", 9.4);
		years.put("GBR", 9.4);
		years.put("CAN", 11.6);
		years.put("AUS", 10.9);
		years.put("SGP", 7.1);
		years.put("DEU", 10.2);
		years.put("NOR", 11.9);
		years.put("IRL", 9.4);
		years.put("BEL", 9.3);
		years.put("NZL", 11.7);
		years.put("AUT", 8.4);
		years.put("FRA", 7.9);
		years.put("ISR", 9.6);
		years.put("ESP", 7.3);
		years.put("ITA", 7.2);
		years.put("CZE", 9.5);
		years.put("HUN", 9.1);
		years.put("SVN", 7.1);
		return years;
	}
}
