package org.ots.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.ots.platform.indicators.Direction;

/**
 * The method over the real data of shared/data/indicators (World Bank, OWID, UN e-government series of our
 * states): every series gets a status, or says why it has none. Read in place, never copied into the project.
 */
class RealDataProgressTest {

	private static final Path DATA = Path.of("../shared/data/indicators/all_indicators.csv");

	/** Series where a fall is progress: emissions, energy use and intensity, fossil share, a rank. */
	private static final Set<String> LOWER_IS_BETTER = Set.of("EN.ATM.CO2E.KT", "EN.ATM.CO2E.PC", "OWID_CO2_PC",
			"OWID_CO2_TOTAL", "OWID_ENERGY_INTENSITY", "EG.USE.PCAP.KG.OE", "EG.USE.COMM.FO.ZS", "UN.EGDI.RANK");

	record Key(String indicator, String unit, String state) {
	}

	@Test
	void everyRealSeriesGetsAStatusOrAReason() throws IOException {
		assumeTrue(Files.isRegularFile(DATA), "the shared data are not here: " + DATA.toAbsolutePath());
		Map<Key, TreeMap<Integer, Double>> series = read();
		ProgressMeasure measure = new ProgressMeasure(ProgressSettings.openSdg());

		Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
		List<String> withoutAnswer = new ArrayList<>();
		series.forEach((key, values) -> {
			Direction direction = LOWER_IS_BETTER.contains(key.indicator()) ? Direction.DECREASE : Direction.INCREASE;
			ProgressAssessment a = measure.assess(
					new SeriesData(key.indicator(), key.state(), values, direction, limit(key, direction), null));
			counts.merge(a.status(), 1, Integer::sum);
			boolean answered = a.status().assessed() ? a.score() != null && Double.isFinite(a.score())
					: a.reason() != null && !a.reason().isBlank();
			if (!answered) {
				withoutAnswer.add(key + ": " + a.status());
			}
		});
		System.out.println("Progress over " + series.size() + " real series: " + counts);

		assertThat(series).hasSizeGreaterThan(100);
		assertThat(withoutAnswer).isEmpty();
		assertThat(counts.getOrDefault(ProgressStatus.UNABLE_TO_ASSESS, 0)).isLessThan(series.size());
	}

	/** The natural limit in the desired direction, from the unit: a share cannot pass 100, an index 1, a rank 1. */
	private static Double limit(Key key, Direction direction) {
		String unit = key.unit();
		if (direction == Direction.DECREASE) {
			return unit.equals("rank") ? 1.0 : 0.0;
		}
		if (unit.startsWith("%")) {
			return 100.0;
		}
		if (unit.equals("index 0-1")) {
			return 1.0;
		}
		return unit.equals("score 1-5") ? 5.0 : null;
	}

	private static Map<Key, TreeMap<Integer, Double>> read() throws IOException {
		Map<Key, TreeMap<Integer, Double>> series = new TreeMap<>(
				Comparator.comparing(Key::indicator).thenComparing(Key::state).thenComparing(Key::unit));
		try (Reader reader = Files.newBufferedReader(DATA, StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				String value = row.get("value");
				if (value.isBlank()) {
					continue;
				}
				series.computeIfAbsent(new Key(row.get("indicator_code"), row.get("unit"), row.get("country_iso3")),
						k -> new TreeMap<>()).put(Integer.parseInt(row.get("year").substring(0, 4)), Double.parseDouble(value));
			}
		}
		return series;
	}
}
