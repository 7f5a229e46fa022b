package org.ots.platform.indicators;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.ots.platform.states.State;
import org.ots.platform.states.States;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which series (indicator x state) a result derived from the data must be recomputed for, for the modules that keep
 * one per series (progress statuses, projections): the series named by {@link ObservationsChanged}, every series of
 * an indicator whose definition changed, or all of them. A series is visited when it has reference values or still
 * has a stored result, so results of series that lost their data are removed too. One series that fails is logged
 * and the others go on: one bad series must not leave the rest of an import without results.
 */
@Component
public class SeriesWalk {

	private static final Logger log = LoggerFactory.getLogger(SeriesWalk.class);

	private final IndicatorCatalog catalog;
	private final States states;

	SeriesWalk(IndicatorCatalog catalog, States states) {
		this.catalog = catalog;
		this.states = states;
	}

	/** Visits the series written {@code INDICATOR|STATE}. */
	public void each(Collection<String> seriesKeys, BiConsumer<String, String> recompute) {
		for (String key : seriesKeys) {
			int bar = key.lastIndexOf('|');
			if (bar > 0) {
				try {
					recompute.accept(key.substring(0, bar), key.substring(bar + 1));
				}
				catch (RuntimeException e) {
					log.error("The result of series {} could not be recomputed", key, e);
				}
			}
		}
	}

	/** Visits every series of one indicator: those with data and those with a stored result ({@code storedStates}). */
	public void ofIndicator(String indicator, Collection<String> storedStates, BiConsumer<String, String> recompute) {
		Set<String> keys = new HashSet<>();
		storedStates.forEach(state -> keys.add(indicator + "|" + state));
		for (State state : states.all()) {
			if (!catalog.referenceSeries(indicator, state.code()).isEmpty()) {
				keys.add(indicator + "|" + state.code());
			}
		}
		each(keys, recompute);
	}

	/** Visits every series with data, then the stored ones ({@code storedKeys}) whose data are gone. */
	public void all(Collection<String> storedKeys, BiConsumer<String, String> recompute) {
		Set<String> stale = new HashSet<>(storedKeys);
		for (Indicator indicator : catalog.indicators()) {
			for (State state : states.all()) {
				boolean stored = stale.remove(indicator.code() + "|" + state.code());
				// A series with neither data nor a result needs no lock; data arriving meanwhile brings its own event.
				if (stored || !catalog.referenceSeries(indicator.code(), state.code()).isEmpty()) {
					each(List.of(indicator.code() + "|" + state.code()), recompute);
				}
			}
		}
		each(stale, recompute);
	}
}
