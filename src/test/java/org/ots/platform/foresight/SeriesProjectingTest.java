package org.ots.platform.foresight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.ots.platform.indicators.Direction;
import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.Observation;
import org.ots.platform.indicators.ObservationStatus;
import org.ots.platform.indicators.Target;
import org.ots.platform.shared.Period;

/** How a series' values, limits and targets become its stored projection, without the database. */
class SeriesProjectingTest {

	private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
	private final SeriesProjecting projecting = new SeriesProjecting(ForesightSettings.defaults());

	@Test
	void aShareIsProjectedWithinZeroAndOneHundredAndATonnageNeverBelowZero() {
		assertThat(SeriesProjecting.traitsOf(indicator(Direction.INCREASE, 0.0, 100.0)))
			.isEqualTo(SeriesTraits.between(0, 100));
		assertThat(SeriesProjecting.traitsOf(indicator(Direction.DECREASE, 0.0, null)))
			.isEqualTo(SeriesTraits.nonNegative());
		assertThat(SeriesProjecting.traitsOf(indicator(Direction.NONE, null, null))).isEqualTo(SeriesTraits.unbounded());

		SeriesProjection nearTheLimit = projecting.project(indicator(Direction.INCREASE, 0.0, 100.0), "KAZ",
				values(2015, 90, 93, 96, 98, 99.5, 99.9), List.of(), NOW);
		assertThat(nearTheLimit.years()).allSatisfy(y -> assertThat(y.upper95()).isLessThanOrEqualTo(100));
		SeriesProjection falling = projecting.project(indicator(Direction.DECREASE, 0.0, null), "KAZ",
				values(2015, 50, 40, 30, 20, 10, 5), List.of(), NOW);
		assertThat(falling.years()).allSatisfy(y -> assertThat(y.lower95()).isGreaterThanOrEqualTo(0));
	}

	@Test
	void theStatesOwnTargetComesBeforeTheOneForAllStatesAndATargetAlreadyDueIsNotProjected() {
		Indicator share = indicator(Direction.INCREASE, 0.0, 100.0);
		List<Target> targets = List.of(target(null, 80, 2030), target("KAZ", 60, 2020), target("KAZ", 70, 2035));

		assertThat(SeriesProjecting.targetOf(share, "KAZ", targets, 2022)).get()
			.satisfies(t -> assertThat(t.value()).isEqualTo(70.0))
			.satisfies(t -> assertThat(t.own()).isTrue());
		assertThat(SeriesProjecting.targetOf(share, "AZE", targets, 2022)).get()
			.satisfies(t -> assertThat(t.value()).isEqualTo(80.0))
			.satisfies(t -> assertThat(t.own()).isFalse());
		assertThat(SeriesProjecting.targetOf(share, "AZE", targets, 2031)).isEmpty();
		assertThat(SeriesProjecting.targetOf(indicator(Direction.NONE, null, null), "AZE", targets, 2022)).isEmpty();
	}

	@Test
	void theProjectionRunsToTheLaterOfTheHorizonAndTheTargetYear() {
		SeriesProjection p = projecting.project(indicator(Direction.INCREASE, 0.0, 100.0), "KAZ",
				values(2015, 10, 12, 14, 15, 17, 19, 21, 22), List.of(target("KAZ", 40, 2035)), NOW);

		assertThat(p.years()).extracting(ProjectedYear::year).startsWith(2023).endsWith(2035);
		assertThat(p.probability()).isBetween(0.0, 1.0);
	}

	@Test
	void aMissingYearInsideTheSeriesIsFilledOnTheLine() {
		TreeMap<Integer, Double> annual = new TreeMap<>();
		annual.put(2015, 10.0);
		annual.put(2018, 16.0);
		annual.put(2019, 17.0);

		assertThat(SeriesProjecting.consecutive(annual)).containsExactly(10, 12, 14, 16, 17);
	}

	@Test
	void theSameValuesGiveTheSameProjectionAndFingerprint() {
		Indicator share = indicator(Direction.INCREASE, 0.0, 100.0);
		List<Observation> values = values(2010, 31, 33.5, 32, 36, 38.2, 37.9, 41, 42.5, 44, 43.1);

		SeriesProjection first = projecting.project(share, "KAZ", values, List.of(target(null, 60, 2030)), NOW);
		SeriesProjection second = projecting.project(share, "KAZ", values, List.of(target(null, 60, 2030)), NOW);

		assertThat(second).isEqualTo(first);
		assertThat(projecting.project(share, "KAZ", values(2010, 31, 33.5, 32), List.of(), NOW).fingerprint())
			.isNotEqualTo(first.fingerprint());
	}

	@Test
	void twoValuesAreTooFewAndAnIllustrativeValueMarksTheSeries() {
		List<Observation> two = new ArrayList<>(values(2021, 5, 6));
		Observation last = two.remove(1);
		two.add(new Observation(last.id(), last.indicatorCode(), last.stateCode(), last.period(), last.source(),
				last.value(), last.status(), null, true, true, "demo", NOW, 0));

		SeriesProjection p = projecting.project(indicator(Direction.INCREASE, 0.0, 100.0), "KAZ", two,
				List.of(target(null, 60, 2030)), NOW);

		assertThat(p.reason()).isEqualTo(NoProjectionReason.TOO_FEW_VALUES);
		assertThat(p.years()).isEmpty();
		assertThat(p.probability()).isNull();
		assertThat(p.illustrative()).isTrue();
	}

	private static Indicator indicator(Direction direction, Double lower, Double upper) {
		return new Indicator("TEST.IND", "CLI", "Test", "Тест", "Test", null, null, null, "%", 1, "ANNUAL", direction,
				lower, upper, "Test", null, null, null, 0);
	}

	private static Target target(String state, double value, int year) {
		return new Target(null, "TEST.IND", state, value, year, "Plan", null, 0);
	}

	private static List<Observation> values(int firstYear, double... values) {
		List<Observation> list = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			list.add(new Observation((long) i, "TEST.IND", "KAZ", Period.ofYear(firstYear + i), "Test", values[i],
					ObservationStatus.FINAL, null, true, false, "test", NOW, 0));
		}
		return list;
	}
}
