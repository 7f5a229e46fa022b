package org.ots.platform.foresight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 645 yearly series of the M3 competition as exported in ../shared/data/benchmark (see its README, section 2):
 * the training values, the six held-out values, and the forecasts the original entrants submitted. Read by the
 * accuracy tests and by the benchmark in bench/m3-projections.sh; never by the platform itself.
 */
public record M3Yearly(List<Series> series, Map<String, Map<String, double[]>> submittedForecasts) {

	public static final Path DEFAULT_DIRECTORY = Path.of("..", "shared", "data", "benchmark");
	public static final int HORIZON = 6;

	/** One series: its training values from firstYear on, and the held-out values of the six years after. */
	public record Series(String id, int firstYear, double[] train, double[] test) {
	}

	public static boolean availableIn(Path directory) {
		return Files.isReadable(directory.resolve("m3_yearly_train.csv"));
	}

	public static M3Yearly readFrom(Path directory) {
		Map<String, List<String[]>> train = groupById(rows(directory.resolve("m3_yearly_train.csv")), 0);
		Map<String, List<String[]>> test = groupById(rows(directory.resolve("m3_yearly_test.csv")), 0);
		List<Series> series = new ArrayList<>();
		train.forEach((id, rows) -> series.add(new Series(id, Integer.parseInt(rows.get(0)[2]), column(rows, 3),
				column(test.get(id), 3))));
		Map<String, Map<String, double[]>> submitted = new LinkedHashMap<>();
		for (String[] row : rows(directory.resolve("m3_yearly_original_forecasts.csv"))) {
			submitted.computeIfAbsent(row[0], m -> new LinkedHashMap<>())
				.computeIfAbsent(row[1], s -> new double[HORIZON])[Integer.parseInt(row[2]) - 1] = Double
					.parseDouble(row[3]);
		}
		return new M3Yearly(series, submitted);
	}

	private static double[] column(List<String[]> rows, int index) {
		return rows.stream().mapToDouble(r -> Double.parseDouble(r[index])).toArray();
	}

	private static Map<String, List<String[]>> groupById(List<String[]> rows, int index) {
		Map<String, List<String[]>> groups = new LinkedHashMap<>();
		rows.forEach(r -> groups.computeIfAbsent(r[index], k -> new ArrayList<>()).add(r));
		return groups;
	}

	/** The data rows, split on commas outside quotes, quotes removed. The files are sorted by series and t or h. */
	private static List<String[]> rows(Path file) {
		try {
			return Files.readAllLines(file).stream().skip(1).filter(l -> !l.isBlank()).map(M3Yearly::split).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String[] split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields.toArray(String[]::new);
	}
}
