package org.ots.platform.monitoring;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.ots.platform.indicators.Direction;
import org.ots.platform.indicators.Indicator;

/**
 * Everything one assessment reads: the annual values of a series (year to value), the indicator's desired
 * direction, the natural limit that bounds progress in that direction, and the target chosen for the series.
 *
 * @param limit the limit progress runs into: the upper limit when an increase is desired, the lower one when a
 *        decrease is (Open SDG has one {@code limit} per series and only considers "a limit that affects progress
 *        in the desired direction"); null without one
 * @param target null when the series has no quantitative target (method 1)
 */
record SeriesData(String indicator, String state, NavigableMap<Integer, Double> values, Direction direction, Double limit,
		SeriesTarget target) {

	SeriesData {
		values = Collections.unmodifiableNavigableMap(new TreeMap<>(values));
	}

	static Double limitOf(Indicator indicator) {
		return switch (indicator.direction()) {
			case INCREASE -> indicator.upperLimit();
			case DECREASE -> indicator.lowerLimit();
			case NONE -> null;
		};
	}

	/**
	 * @param stateSpecific whether the target was set for this state (true) or for every state
	 * @param origin where it was agreed, or null
	 */
	record SeriesTarget(double value, int year, String origin, boolean stateSpecific) {
	}
}
