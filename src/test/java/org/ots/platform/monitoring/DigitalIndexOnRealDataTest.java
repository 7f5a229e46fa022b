package org.ots.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ots.platform.indicators.Direction;
import org.ots.platform.monitoring.Normalisation.DistanceForm;

/**
 * The UN E-Government Development Index is the equal-weight mean of three components the UN already scales to 0-1
 * over all 193 countries (online services, human capital, telecommunication infrastructure). Built from the
 * published 2022 components of the seven states in ../shared/data, our index must rank them as the published EGDI
 * does. Normalising again over the seven alone changes the question, and the sensitivity analysis shows it.
 */
class DigitalIndexOnRealDataTest {

	private static final Path DATA = Path.of("../shared/data/indicators/all_indicators.csv");

	private static final List<String> COMPONENTS = List.of("UN.EGDI.OSI", "UN.EGDI.HCI", "UN.EGDI.TII");

	/** The UN's own goalposts are 0 and 1, so a ratio to 1 keeps each component as published. */
	private static final IndexMethod AS_THE_UN = new IndexMethod(
			Normalisation.distanceTo(Reference.value(1), DistanceForm.RATIO), Weights.equal(), Aggregation.arithmetic(),
			MissingData.noneAllowed());

	private static Map<String, Map<String, Double>> published;

	@BeforeAll
	static void readThePublished2022Values() throws IOException {
		Assumptions.assumeTrue(Files.exists(DATA), "the shared indicator data are not on this machine: " + DATA);
		published = new TreeMap<>();
		for (String line : Files.readAllLines(DATA)) {
			List<String> cells = cells(line);
			if (cells.get(0).startsWith("UN.EGDI") && cells.get(4).equals("2022")) {
				published.computeIfAbsent(cells.get(0), code -> new TreeMap<>())
					.put(cells.get(3), Double.parseDouble(cells.get(5)));
			}
		}
	}

	@Test
	void ranksTheSevenStatesAsThePublishedEgdi() {
		IndexResult index = CompositeIndex.calculate(components(), AS_THE_UN);

		assertThat(index.ranks()).hasSize(7).isEqualTo(Ranks.highestFirst(published.get("UN.EGDI")));
		assertThat(index.ranks().keySet()).containsExactly("KAZ", "TUR", "HUN", "UZB", "KGZ", "AZE", "TKM");
		// The world ranks of the survey put the seven in the same order.
		assertThat(index.ranks()).isEqualTo(Ranks.highestFirst(negated(published.get("UN.EGDI.RANK"))));
	}

	@Test
	void reproducesThePublishedScoresUpToTheirFourDecimals() {
		IndexResult index = CompositeIndex.calculate(components(), AS_THE_UN);

		published.get("UN.EGDI").forEach((state, egdi) -> assertThat(index.unit(state).orElseThrow().score())
			.as(state).isCloseTo(egdi, within(0.0001)));
	}

	@Test
	void normalisingOverTheSevenAloneSwapsUzbekistanAndKyrgyzstan() {
		IndexResult amongTheSeven = CompositeIndex.calculate(components(), AS_THE_UN.with(Normalisation.minMax(100)));

		assertThat(amongTheSeven.ranks()).containsEntry("KGZ", 4).containsEntry("UZB", 5);
	}

	@Test
	void sensitivityShowsWhichRanksDependOnTheMethod() {
		Map<String, SensitivityReport.UnitSensitivity> units = new TreeMap<>();
		Sensitivity.analyse(components(), AS_THE_UN).units().forEach(unit -> units.put(unit.unit(), unit));

		// Kazakhstan leads and Turkmenistan trails under every normalisation and aggregation.
		assertThat(units.get("KAZ").ranks()).containsOnly(1);
		assertThat(units.get("TKM").ranks()).containsOnly(7);
		// Uzbekistan's fourth place holds only on the UN's global scale: re-normalised among the seven it falls
		// to fifth or sixth, so its median rank is sixth.
		assertThat(units.get("UZB").bestRank()).isEqualTo(4);
		assertThat(units.get("UZB").worstRank()).isEqualTo(6);
		assertThat(units.get("UZB").medianRank()).isEqualTo(6.0);
		assertThat(units.get("UZB").meanAbsoluteRankShift()).isGreaterThan(units.get("KGZ").meanAbsoluteRankShift());
	}

	private static IndexMatrix components() {
		IndexMatrix.Builder matrix = IndexMatrix.builder();
		COMPONENTS.forEach(code -> matrix.indicator(code, Direction.INCREASE));
		COMPONENTS.forEach(code -> published.get(code).forEach((state, value) -> matrix.value(state, code, value)));
		return matrix.build();
	}

	private static Map<String, Double> negated(Map<String, Double> values) {
		Map<String, Double> negated = new TreeMap<>();
		values.forEach((key, value) -> negated.put(key, -value));
		return negated;
	}

	/** One CSV line split on commas outside double quotes (indicator names may contain commas). */
	private static List<String> cells(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}
}
