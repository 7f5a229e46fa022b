package org.ots.platform.foresight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a path's assumptions into values, year by year from the last observed value. Pure arithmetic, so that the
 * same assumptions over the same data always give the same figures, and figures are never stored: they follow the
 * data when a value is corrected.
 */
final class ScenarioArithmetic {

	private ScenarioArithmetic() {
	}

	/**
	 * @param lastYear the year of the last observed value, where the path starts
	 * @param lastValue that value
	 * @param traits the natural limits the values stay within
	 * @return one entry per year from the year after {@code lastYear} to the path's last point
	 */
	static List<ScenarioYear> values(ScenarioPath path, int lastYear, double lastValue, SeriesTraits traits) {
		List<ScenarioYear> years = new ArrayList<>();
		double previous = lastValue;
		int anchorYear = lastYear;
		double anchorValue = lastValue;
		for (int year = lastYear + 1; year <= path.lastYear(); year++) {
			Map.Entry<Integer, Double> point = path.points().tailMap(year).entrySet().iterator().next();
			double raw = switch (path.kind()) {
				case GROWTH_RATE -> previous * (1 + point.getValue() / 100);
				case LEVEL -> anchorValue + (point.getValue() - anchorValue) * (year - anchorYear)
						/ (point.getKey() - anchorYear);
			};
			double value = traits.clip(raw);
			years.add(new ScenarioYear(year, value, value != raw));
			previous = value;
			if (path.kind() == PathKind.LEVEL && year == point.getKey()) {
				anchorYear = year;
				anchorValue = value;
			}
		}
		return years;
	}
}
