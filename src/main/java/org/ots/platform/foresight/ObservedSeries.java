package org.ots.platform.foresight;

import java.util.List;
import java.util.Optional;

import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.indicators.Observation;
import org.springframework.stereotype.Component;

/**
 * Where a scenario path starts: the last observed annual value of its series, and the series' natural limits.
 * Read on every use, so that a corrected or newly reported value moves the scenario's figures with it.
 */
@Component
class ObservedSeries {

	private final IndicatorCatalog catalog;

	ObservedSeries(IndicatorCatalog catalog) {
		this.catalog = catalog;
	}

	/** The series' annual values, oldest first; empty when it has none. */
	List<Observation> values(String indicator, String state) {
		return catalog.referenceSeries(indicator, state).stream().filter(o -> o.period().isAnnual()).toList();
	}

	/** The last annual value of the series, if any. */
	Optional<Observation> last(String indicator, String state) {
		List<Observation> values = values(indicator, state);
		return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
	}

	/** The indicator's natural limits; positive-only quantities are those with a lower limit of 0. */
	static SeriesTraits traits(Indicator indicator) {
		double lower = indicator.lowerLimit() == null ? Double.NEGATIVE_INFINITY : indicator.lowerLimit();
		double upper = indicator.upperLimit() == null ? Double.POSITIVE_INFINITY : indicator.upperLimit();
		return lower < upper ? SeriesTraits.between(lower, upper) : SeriesTraits.unbounded();
	}
}
