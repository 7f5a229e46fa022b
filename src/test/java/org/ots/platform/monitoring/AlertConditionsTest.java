package org.ots.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ots.platform.monitoring.AlertConditions.Outlook;
import org.ots.platform.monitoring.AlertConditions.Point;
import org.ots.platform.monitoring.AlertRule.ChangeMode;
import org.ots.platform.monitoring.AlertRule.Comparison;
import org.ots.platform.monitoring.AlertRule.OutlierMethod;
import org.ots.platform.shared.Period;

/** Each kind of rule on small series whose result is computed by hand in the comments. */
class AlertConditionsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

	@Nested
	class Threshold {

		@Test
		void firesWhenTheLatestValueIsStrictlyAboveTheBound() {
			Finding finding = check(rule(AlertKind.THRESHOLD, Comparison.ABOVE, 11.0, null, null), 10, 12).orElseThrow();
			assertThat(finding.period()).isEqualTo("2021");
			assertThat(finding.value()).isEqualTo(12);
			assertThat(finding.reasonKey()).isEqualTo("alerts.reason.THRESHOLD.ABOVE");
			assertThat(finding.reasonArgs()).containsExactly("12", "2021", "11");
			assertThat(check(rule(AlertKind.THRESHOLD, Comparison.ABOVE, 12.0, null, null), 10, 12)).isEmpty();
		}

		@Test
		void firesBelowTheBoundOnTheLatestValueOnly() {
			assertThat(check(rule(AlertKind.THRESHOLD, Comparison.BELOW, 12.5, null, null), 10, 12)).isPresent();
			// 10 in 2020 was below 11, but the latest value, 12, is not
			assertThat(check(rule(AlertKind.THRESHOLD, Comparison.BELOW, 11.0, null, null), 10, 12)).isEmpty();
		}

		@Test
		void anEmptySeriesRaisesNothing() {
			assertThat(check(rule(AlertKind.THRESHOLD, Comparison.BELOW, 1.0, null, null))).isEmpty();
		}
	}

	@Nested
	class Change {

		@Test
		void anAbsoluteChangeEitherWayBeyondTheBoundFires() {
			// 10 -> 4: a change of -6, beyond 5 either way
			Finding finding = check(change(Comparison.EITHER, 5.0, ChangeMode.ABSOLUTE), 10, 4).orElseThrow();
			assertThat(finding.reasonKey()).isEqualTo("alerts.reason.CHANGE.ABSOLUTE");
			assertThat(finding.reasonArgs()).containsExactly("-6", "10", "2020", "4", "2021", "5");
			assertThat(check(change(Comparison.EITHER, 6.0, ChangeMode.ABSOLUTE), 10, 4)).isEmpty();
		}

		@Test
		void aRiseInPercentFiresOnlyStrictlyBeyondTheBound() {
			// 50 -> 61: +22%; 50 -> 60: +20%, not beyond 20
			assertThat(check(change(Comparison.ABOVE, 20.0, ChangeMode.PERCENT), 50, 61).orElseThrow().reasonArgs())
				.startsWith("22");
			assertThat(check(change(Comparison.ABOVE, 20.0, ChangeMode.PERCENT), 50, 60)).isEmpty();
			// a fall does not count as a rise
			assertThat(check(change(Comparison.ABOVE, 20.0, ChangeMode.PERCENT), 50, 30)).isEmpty();
		}

		@Test
		void aFallInPercentIsMeasuredFromTheEarlierValuesMagnitude() {
			// 50 -> 44: -12%, beyond a fall of 10%; -50 -> -60: -20% of |-50|
			assertThat(check(change(Comparison.BELOW, 10.0, ChangeMode.PERCENT), 50, 44).orElseThrow().reasonArgs())
				.startsWith("-12");
			assertThat(check(change(Comparison.BELOW, 10.0, ChangeMode.PERCENT), -50, -60).orElseThrow().reasonArgs())
				.startsWith("-20");
		}

		@Test
		void aPercentChangeFromZeroOrOfASingleValueRaisesNothing() {
			assertThat(check(change(Comparison.EITHER, 1.0, ChangeMode.PERCENT), 0, 100)).isEmpty();
			assertThat(check(change(Comparison.EITHER, 1.0, ChangeMode.ABSOLUTE), 100)).isEmpty();
		}
	}

	@Nested
	class Outlier {

		@Test
		void modifiedZScoreOfIglewiczAndHoaglin() {
			// median 12; absolute deviations 2,0,1,1,0,18 -> MAD 1; z = 0.6745 * 18 / 1 = 12.141
			Finding finding = check(outlier(OutlierMethod.MODIFIED_Z, null), 10, 12, 11, 13, 12, 30).orElseThrow();
			assertThat(finding.reasonKey()).isEqualTo("alerts.reason.OUTLIER.MODIFIED_Z");
			assertThat(finding.reasonArgs()).containsExactly("30", "2025", "12.141", "12", "1", "6", "3.5");
			// the same values with 13 last: z = 0.6745
			assertThat(check(outlier(OutlierMethod.MODIFIED_Z, null), 10, 12, 11, 30, 12, 13)).isEmpty();
		}

		@Test
		void whenMadIsZeroTheMeanAbsoluteDeviationTakesItsPlace() {
			// median 5, MAD 0; mean absolute deviation 4/6; z = 4 / (1.253314 * 0.6667) = 4.7873
			assertThat(check(outlier(OutlierMethod.MODIFIED_Z, null), 5, 5, 5, 5, 5, 9).orElseThrow().reasonArgs())
				.contains("4.7873");
			// but only above the bound that was set
			assertThat(check(outlier(OutlierMethod.MODIFIED_Z, 5.0), 5, 5, 5, 5, 5, 9)).isEmpty();
		}

		@Test
		void aConstantSeriesHasNoOutlier() {
			assertThat(check(outlier(OutlierMethod.MODIFIED_Z, null), 5, 5, 5, 5, 5)).isEmpty();
			assertThat(check(outlier(OutlierMethod.IQR, null), 5, 5, 5, 5, 5)).isEmpty();
		}

		@Test
		void interquartileRuleWithLinearQuartiles() {
			// 1..9, 30: Q1 = 3 + 0.25 = 3.25, Q3 = 7 + 0.75 = 7.75, IQR 4.5; fences -3.5 and 14.5
			Finding finding = check(outlier(OutlierMethod.IQR, null), 1, 2, 3, 4, 5, 6, 7, 8, 9, 30).orElseThrow();
			assertThat(finding.reasonKey()).isEqualTo("alerts.reason.OUTLIER.IQR");
			assertThat(finding.reasonArgs()).containsExactly("30", "2029", "-3.5", "14.5", "3.25", "7.75", "10", "1.5");
			assertThat(check(outlier(OutlierMethod.IQR, null), 1, 2, 3, 4, 5, 6, 7, 8, 9, 14)).isEmpty();
		}

		@Test
		void fewerThanFiveValuesSayNothing() {
			assertThat(check(outlier(OutlierMethod.IQR, null), 1, 1, 1, 100)).isEmpty();
		}
	}

	@Nested
	class MissingAfterDeadline {

		private final AlertRule rule = new AlertRule(1L, "Missing", AlertKind.MISSING_AFTER_DEADLINE, "X", null, null,
				AlertSeverity.INFO, null, null, null, null, MonthDay.of(6, 30), true, "t", Instant.EPOCH, Instant.EPOCH, 0);

		@Test
		void theYearBeforeIsDueTheDayAfterTheDeadline() {
			// a value for 2024 only: on 1 July 2026 the value of 2025 is missing
			Finding finding = AlertConditions.check(rule, series(2024, 1.0), TODAY, Outlook.NONE).orElseThrow();
			assertThat(finding.period()).isEqualTo("2025");
			assertThat(finding.value()).isNull();
			assertThat(finding.reasonArgs()).containsExactly("2025", "2026-06-30");
			// on the deadline day itself 2025 is still in time; 2024 is there
			assertThat(AlertConditions.check(rule, series(2024, 1.0), LocalDate.of(2026, 6, 30), Outlook.NONE)).isEmpty();
		}

		@Test
		void aQuarterOfTheYearCountsAsAValue() {
			List<Point> quarterly = List.of(new Point(Period.parse("2025-Q1"), 3, false));
			assertThat(AlertConditions.check(rule, quarterly, TODAY, Outlook.NONE)).isEmpty();
		}
	}

	@Nested
	class OtherModulesResults {

		@Test
		void deteriorationFiresOnlyOnThatStatus() {
			AlertRule rule = rule(AlertKind.DETERIORATION, null, null, null, null);
			assertThat(AlertConditions.check(rule, series(2020, 1, 2), TODAY,
					new Outlook(Optional.of("deterioration"), Optional.empty())).orElseThrow().reasonArgs())
				.containsExactly("2", "2021");
			assertThat(AlertConditions.check(rule, series(2020, 1, 2), TODAY,
					new Outlook(Optional.of("moderate_progress"), Optional.empty()))).isEmpty();
		}

		@Test
		void aProjectionFiresWhenItMissesTheTarget() {
			AlertRule rule = rule(AlertKind.PROJECTION_OFF_TRACK, null, null, null, null);
			assertThat(AlertConditions.check(rule, series(2020, 1), TODAY, new Outlook(Optional.empty(), Optional.of(false))))
				.isPresent();
			assertThat(AlertConditions.check(rule, series(2020, 1), TODAY, new Outlook(Optional.empty(), Optional.of(true))))
				.isEmpty();
		}

		@Test
		void withoutProgressAssessmentOrForesightTheyNeverFire() {
			assertThat(AlertConditions.check(rule(AlertKind.DETERIORATION, null, null, null, null), series(2020, 1), TODAY,
					Outlook.NONE)).isEmpty();
			assertThat(AlertConditions.check(rule(AlertKind.PROJECTION_OFF_TRACK, null, null, null, null), series(2020, 1),
					TODAY, Outlook.NONE)).isEmpty();
		}
	}

	@Test
	void findingsOnIllustrativeValuesAreMarkedSo() {
		List<Point> illustrative = List.of(new Point(Period.ofYear(2024), 3.8, true));
		assertThat(AlertConditions.check(rule(AlertKind.THRESHOLD, Comparison.BELOW, 5.0, null, null), illustrative, TODAY,
				Outlook.NONE).orElseThrow().illustrative()).isTrue();
	}

	/** The values given, one per year from 2020. */
	private static Optional<Finding> check(AlertRule rule, double... values) {
		return AlertConditions.check(rule, series(2020, values), TODAY, Outlook.NONE);
	}

	private static List<Point> series(int firstYear, double... values) {
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			points.add(new Point(Period.ofYear(firstYear + i), values[i], false));
		}
		return points;
	}

	private static AlertRule change(Comparison comparison, double bound, ChangeMode mode) {
		return rule(AlertKind.CHANGE, comparison, bound, mode, null);
	}

	private static AlertRule outlier(OutlierMethod method, Double bound) {
		return rule(AlertKind.OUTLIER, null, bound, null, method);
	}

	private static AlertRule rule(AlertKind kind, Comparison comparison, Double bound, ChangeMode mode,
			OutlierMethod method) {
		return new AlertRule(1L, "Test rule", kind, "X", null, null, AlertSeverity.WARNING, comparison, bound, mode, method,
				null, true, "t", Instant.EPOCH, Instant.EPOCH, 0);
	}
}
