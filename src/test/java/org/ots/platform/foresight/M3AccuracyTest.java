package org.ots.platform.foresight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The accuracy measures and the intervals against the 645 yearly M3 series in ../shared/data/benchmark (skipped
 * where that directory is absent). Speed and the full comparison are in bench/m3-projections.sh.
 */
class M3AccuracyTest {

	private static M3Yearly m3;

	@BeforeAll
	static void readBenchmark() {
		assumeTrue(M3Yearly.availableIn(M3Yearly.DEFAULT_DIRECTORY),
				"the M3 benchmark files are not in " + M3Yearly.DEFAULT_DIRECTORY.toAbsolutePath().normalize());
		m3 = M3Yearly.readFrom(M3Yearly.DEFAULT_DIRECTORY);
	}

	@Test
	void metricReproducesNaive2FromItsSubmittedForecasts() {
		Map<String, double[]> naive2 = m3.submittedForecasts().get("NAIVE2");

		assertThat(m3.series()).hasSize(645);
		assertThat(ForecastAccuracy.smape(m3.series(), s -> naive2.get(s.id()))).isCloseTo(17.88, within(0.005));
		assertThat(ForecastAccuracy.mase(m3.series(), s -> naive2.get(s.id()))).isCloseTo(3.1717, within(0.0001));
	}

	/** Deterministic, so the bands only leave room for deliberate changes of the models (82.1% and 94.1% today). */
	@Test
	void defaultIntervalsCoverHeldOutValuesCloseToTheirNominalRate() {
		Projector projector = new Projector();
		List<Projection> projections = m3.series().stream()
			.map(s -> projector.project(s.train(), s.firstYear(), SeriesTraits.nonNegative(), M3Yearly.HORIZON))
			.toList();

		assertThat(ForecastAccuracy.coverage(m3.series(), s -> projections.get(m3.series().indexOf(s)), true))
			.isBetween(0.91, 0.97);
		assertThat(ForecastAccuracy.coverage(m3.series(), s -> projections.get(m3.series().indexOf(s)), false))
			.isBetween(0.76, 0.84);
	}

	@Test
	void defaultMethodBeatsTheBestOriginalEntrant() {
		Projector projector = new Projector();

		double smape = ForecastAccuracy.smape(m3.series(), s -> ForecastAccuracy.points(
				projector.project(s.train(), s.firstYear(), SeriesTraits.nonNegative(), M3Yearly.HORIZON)));

		assertThat(smape).isLessThan(16.42);
	}
}
