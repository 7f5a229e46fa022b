package org.ots.platform.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.ots.platform.foresight.ForecastAccuracy;
import org.ots.platform.foresight.M3Yearly;
import org.ots.platform.foresight.Projection;
import org.ots.platform.foresight.ProjectionMethod;
import org.ots.platform.foresight.Projector;
import org.ots.platform.foresight.SeriesTraits;

/**
 * Projection accuracy and speed on the 645 yearly M3 series (DESIGN.md section 9, issue 5). Projects every series
 * six years ahead with each method, prints sMAPE, MASE and the coverage of the 80% and 95% intervals on the
 * held-out values beside the original entrants recomputed from their submitted forecasts, and the time to project
 * all series against Naive2 (the last value) timed in the same run. Not a test: run bench/m3-projections.sh.
 */
public final class M3ProjectionBenchmark {

	private static final int TIMED_RUNS = 5;
	private static double lastCpuSeconds;

	private record Variant(String name, ProjectionMethod method, SeriesTraits traits) {
	}

	public static void main(String[] args) {
		Path directory = args.length > 0 ? Path.of(args[0]) : M3Yearly.DEFAULT_DIRECTORY;
		M3Yearly m3 = M3Yearly.readFrom(directory);
		List<M3Yearly.Series> series = m3.series();
		Projector projector = new Projector();
		List<Variant> variants = new ArrayList<>();
		for (ProjectionMethod method : ProjectionMethod.values()) {
			variants.add(new Variant(method.name(), method, SeriesTraits.nonNegative()));
		}
		// Warm-up: the JIT compiles the models before anything is timed.
		for (Variant v : variants) {
			projectAll(projector, series, v);
		}
		naive2(series);

		System.out.printf(Locale.ROOT, "M3 yearly: %d series, horizon %d, data from %s%n%n", series.size(),
				M3Yearly.HORIZON, directory.toAbsolutePath().normalize());
		System.out.println("Original entrants, recomputed from their submitted forecasts:");
		System.out.printf(Locale.ROOT, "  %-22s %7s %7s%n", "method", "sMAPE", "MASE");
		entrants(m3, series);

		double naiveSeconds = median(() -> naive2(series));
		double naiveCpuSeconds = lastCpuSeconds;
		System.out.printf(Locale.ROOT, "%nPlatform methods (the series as positive quantities: clipped at zero):%n");
		System.out.printf(Locale.ROOT, "  %-30s %7s %7s %7s %7s %9s %7s %8s %7s%n", "method", "sMAPE", "MASE",
				"cov80", "cov95", "wall ms", "ratio", "CPU ms", "ratio");
		for (Variant v : variants) {
			List<Projection> projections = projectAll(projector, series, v);
			Function<M3Yearly.Series, Projection> byId = s -> projections.get(series.indexOf(s));
			double seconds = median(() -> projectAll(projector, series, v));
			System.out.printf(Locale.ROOT, "  %-30s %7.3f %7.3f %6.1f%% %6.1f%% %9.1f %7.0f %8.1f %7.0f%n", v.name(),
					ForecastAccuracy.smape(series, s -> ForecastAccuracy.points(byId.apply(s))),
					ForecastAccuracy.mase(series, s -> ForecastAccuracy.points(byId.apply(s))),
					100 * ForecastAccuracy.coverage(series, byId, false),
					100 * ForecastAccuracy.coverage(series, byId, true), seconds * 1000, seconds / naiveSeconds,
					lastCpuSeconds * 1000, lastCpuSeconds / naiveCpuSeconds);
		}
		System.out.printf(Locale.ROOT, "%nNaive2 (last value, computed here) for all %d series: %.3f ms wall, %.3f ms CPU, sMAPE %.3f%n",
				series.size(), naiveSeconds * 1000, naiveCpuSeconds * 1000, ForecastAccuracy.smape(series, M3ProjectionBenchmark::lastValue));
		System.out.printf(Locale.ROOT, "Median of %d timed runs each, after one warm-up run of every method; "
				+ "ratio = method time / Naive2 time.%n", TIMED_RUNS);
	}

	private static void entrants(M3Yearly m3, List<M3Yearly.Series> series) {
		record Row(String method, double smape, double mase) {
		}
		List<Row> rows = new ArrayList<>();
		for (Map.Entry<String, Map<String, double[]>> e : m3.submittedForecasts().entrySet()) {
			Function<M3Yearly.Series, double[]> forecasts = s -> e.getValue().get(s.id());
			rows.add(new Row(e.getKey(), ForecastAccuracy.smape(series, forecasts),
					ForecastAccuracy.mase(series, forecasts)));
		}
		rows.sort(Comparator.comparingDouble(Row::smape));
		rows.forEach(r -> System.out.printf(Locale.ROOT, "  %-22s %7.3f %7.3f%n", r.method(), r.smape(), r.mase()));
	}

	private static List<Projection> projectAll(Projector projector, List<M3Yearly.Series> series, Variant v) {
		List<Projection> projections = new ArrayList<>(series.size());
		for (M3Yearly.Series s : series) {
			projections.add(projector.project(s.train(), s.firstYear(), v.traits(), M3Yearly.HORIZON, v.method()));
		}
		return projections;
	}

	private static List<double[]> naive2(List<M3Yearly.Series> series) {
		List<double[]> forecasts = new ArrayList<>(series.size());
		for (M3Yearly.Series s : series) {
			forecasts.add(lastValue(s));
		}
		return forecasts;
	}

	private static double[] lastValue(M3Yearly.Series s) {
		double[] f = new double[M3Yearly.HORIZON];
		Arrays.fill(f, s.train()[s.train().length - 1]);
		return f;
	}

	/**
	 * The median wall-clock time of TIMED_RUNS runs, in seconds; the median CPU time of this thread goes to
	 * lastCpuSeconds, which is steadier than wall-clock time when other builds share the machine.
	 */
	private static double median(Runnable run) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double[] seconds = new double[TIMED_RUNS];
		double[] cpu = new double[TIMED_RUNS];
		for (int i = 0; i < TIMED_RUNS; i++) {
			long startCpu = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			run.run();
			seconds[i] = (System.nanoTime() - start) / 1e9;
			cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e9;
		}
		Arrays.sort(seconds);
		Arrays.sort(cpu);
		lastCpuSeconds = cpu[TIMED_RUNS / 2];
		return seconds[TIMED_RUNS / 2];
	}
}
