package org.ots.platform.monitoring;

import static org.ots.platform.monitoring.Finding.number;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ots.platform.shared.Period;

/**
 * The test of each {@link AlertKind} on one series, oldest value first. Pure: the same rule, values and day give
 * the same finding, which is what makes an alert idempotent (its key is the rule, the series and the period
 * found here).
 */
final class AlertConditions {

	/** One reference value of a series. */
	record Point(Period period, double value, boolean illustrative) {
	}

	/** What progress assessment and foresight say of the series (see {@link SeriesOutlook}). */
	record Outlook(Optional<String> progressStatus, Optional<Boolean> projectedToMeetTarget) {

		static final Outlook NONE = new Outlook(Optional.empty(), Optional.empty());
	}

	/** Fewer values than this say nothing about what is unusual in a series. */
	static final int OUTLIER_MIN_POINTS = 5;

	private AlertConditions() {
	}

	static Optional<Finding> check(AlertRule rule, List<Point> series, LocalDate today, Outlook outlook) {
		return switch (rule.kind()) {
			case THRESHOLD -> threshold(rule, series);
			case CHANGE -> change(rule, series);
			case OUTLIER -> outlier(rule, series);
			case MISSING_AFTER_DEADLINE -> missing(rule, series, today);
			case DETERIORATION -> outlook.progressStatus().filter("deterioration"::equalsIgnoreCase).isPresent()
					? latest(series, "alerts.reason.DETERIORATION") : Optional.empty();
			case PROJECTION_OFF_TRACK -> outlook.projectedToMeetTarget().filter(meets -> !meets).isPresent()
					? latest(series, "alerts.reason.PROJECTION_OFF_TRACK") : Optional.empty();
		};
	}

	/** The latest value beyond the bound: "above" strictly greater, "below" strictly less. */
	static Optional<Finding> threshold(AlertRule rule, List<Point> series) {
		if (series.isEmpty()) {
			return Optional.empty();
		}
		Point last = series.get(series.size() - 1);
		boolean beyond = rule.comparison() == AlertRule.Comparison.ABOVE ? last.value() > rule.bound()
				: last.value() < rule.bound();
		return beyond ? Optional.of(new Finding(last.period().code(), last.value(),
				"alerts.reason.THRESHOLD." + rule.comparison(),
				List.of(number(last.value()), last.period().code(), number(rule.bound())), last.illustrative()))
				: Optional.empty();
	}

	/**
	 * The change from the value before the latest to the latest (consecutive values of the series, a gap in the
	 * periods notwithstanding), in the unit or in percent of the earlier value's magnitude; strictly beyond the
	 * bound. A percent change from 0 is undefined and never fires.
	 */
	static Optional<Finding> change(AlertRule rule, List<Point> series) {
		if (series.size() < 2) {
			return Optional.empty();
		}
		Point before = series.get(series.size() - 2);
		Point last = series.get(series.size() - 1);
		boolean percent = rule.changeMode() == AlertRule.ChangeMode.PERCENT;
		if (percent && before.value() == 0) {
			return Optional.empty();
		}
		double change = percent ? (last.value() - before.value()) / Math.abs(before.value()) * 100
				: last.value() - before.value();
		boolean beyond = switch (rule.comparison()) {
			case ABOVE -> change > rule.bound();
			case BELOW -> change < -rule.bound();
			case EITHER -> Math.abs(change) > rule.bound();
		};
		return beyond ? Optional.of(new Finding(last.period().code(), last.value(), "alerts.reason.CHANGE." + rule.changeMode(),
				List.of(number(change), number(before.value()), before.period().code(), number(last.value()),
						last.period().code(), number(rule.bound())),
				last.illustrative() || before.illustrative())) : Optional.empty();
	}

	/** Whether the latest value is an outlier of the whole series, itself included (as DHIS2 computes it). */
	static Optional<Finding> outlier(AlertRule rule, List<Point> series) {
		if (series.size() < OUTLIER_MIN_POINTS) {
			return Optional.empty();
		}
		double[] values = series.stream().mapToDouble(Point::value).toArray();
		Point last = series.get(series.size() - 1);
		double x = last.value();
		double k = rule.outlierBound();
		String n = String.valueOf(values.length);
		if (rule.outlierMethod() == AlertRule.OutlierMethod.MODIFIED_Z) {
			double z = RobustStatistics.modifiedZ(x, values);
			if (Double.isNaN(z) || Math.abs(z) <= k) {
				return Optional.empty();
			}
			return Optional.of(new Finding(last.period().code(), x, "alerts.reason.OUTLIER.MODIFIED_Z",
					List.of(number(x), last.period().code(), number(z), number(RobustStatistics.median(values)),
							number(RobustStatistics.mad(values)), n, number(k)), last.illustrative()));
		}
		double q1 = RobustStatistics.quantile(values, 0.25);
		double q3 = RobustStatistics.quantile(values, 0.75);
		double low = q1 - k * (q3 - q1);
		double high = q3 + k * (q3 - q1);
		if (x >= low && x <= high) {
			return Optional.empty();
		}
		return Optional.of(new Finding(last.period().code(), x, "alerts.reason.OUTLIER.IQR",
				List.of(number(x), last.period().code(), number(low), number(high), number(q1), number(q3), n, number(k)),
				last.illustrative()));
	}

	/**
	 * No value for year Y by the deadline in year Y+1, Y being the latest year whose deadline has passed (the
	 * deadline day itself still counts as in time). Any period of year Y counts: a month or quarter as well as the year.
	 */
	static Optional<Finding> missing(AlertRule rule, List<Point> series, LocalDate today) {
		int year = dueYear(rule, today);
		if (series.stream().anyMatch(p -> p.period().year() == year)) {
			return Optional.empty();
		}
		return Optional.of(new Finding(String.valueOf(year), null, "alerts.reason.MISSING_AFTER_DEADLINE",
				List.of(String.valueOf(year), rule.deadline().atYear(year + 1).toString()), false));
	}

	/** The latest year Y whose deadline (its day in year Y+1) is over by {@code today}. */
	static int dueYear(AlertRule rule, LocalDate today) {
		return today.isAfter(rule.deadline().atYear(today.getYear())) ? today.getYear() - 1 : today.getYear() - 2;
	}

	private static Optional<Finding> latest(List<Point> series, String reasonKey) {
		if (series.isEmpty()) {
			return Optional.empty();
		}
		Point last = series.get(series.size() - 1);
		return Optional.of(new Finding(last.period().code(), last.value(), reasonKey,
				List.of(number(last.value()), last.period().code()), last.illustrative()));
	}
}
