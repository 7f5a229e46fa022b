package org.ots.platform.foresight;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.indicators.Observation;
import org.ots.platform.states.State;
import org.ots.platform.states.States;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the stored projection of every series in step with its data: a series with reference values gets one, a
 * series without loses it. Each series is recomputed in a transaction of its own. The results are derived data:
 * the changes that cause them are audited where they are made, and each result records its input's fingerprint
 * and the settings it was computed with.
 */
@Service
class ProjectionUpdater {

	private static final Logger log = LoggerFactory.getLogger(ProjectionUpdater.class);

	private final ApplicationEventPublisher events;

	private final IndicatorCatalog catalog;
	private final States states;
	private final SeriesProjections store;
	private final ForesightSettings settings;
	private final SeriesProjecting projecting;
	private final TransactionTemplate transaction;
	private final Clock clock;

	ProjectionUpdater(IndicatorCatalog catalog, States states, SeriesProjections store, ForesightSettings settings,
			TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events) {
		this.catalog = catalog;
		this.states = states;
		this.store = store;
		this.settings = settings;
		this.projecting = new SeriesProjecting(settings);
		this.transaction = transaction;
		this.clock = clock;
		this.events = events;
	}

	/** Recomputes the series named {@code INDICATOR|STATE}; one that fails is logged and the others go on. */
	void recompute(Collection<String> seriesKeys) {
		for (String key : seriesKeys) {
			int bar = key.lastIndexOf('|');
			if (bar > 0) {
				try {
					recompute(key.substring(0, bar), key.substring(bar + 1));
				}
				catch (RuntimeException e) {
					log.error("Projection of series {} could not be recomputed", key, e);
				}
			}
		}
	}

	/** Every series of one indicator, after its limits, direction or targets changed. */
	void recomputeIndicator(String indicator) {
		Set<String> keys = new HashSet<>();
		store.list(List.of(indicator), null).forEach(p -> keys.add(indicator + "|" + p.state()));
		for (State state : states.all()) {
			if (!catalog.referenceSeries(indicator, state.code()).isEmpty()) {
				keys.add(indicator + "|" + state.code());
			}
		}
		recompute(keys);
	}

	void recompute(String indicator, String state) {
		transaction.executeWithoutResult(tx -> {
			store.lock(indicator, state, Instant.now(clock));
			Optional<Indicator> known = catalog.find(indicator);
			List<Observation> values = known.isPresent() ? catalog.referenceSeries(indicator, state) : List.of();
			if (values.isEmpty()) {
				store.delete(indicator, state);
				return;
			}
			store.save(projecting.project(known.get(), state, values, catalog.targetsOf(indicator), Instant.now(clock)));
			events.publishEvent(new ProjectionUpdated(indicator + "|" + state));
		});
	}

	/** Every series of every indicator and state, and no row left for a series without data. */
	void recomputeAll() {
		long started = System.nanoTime();
		Set<String> stale = new HashSet<>(store.seriesKeys());
		for (Indicator indicator : catalog.indicators()) {
			for (State state : states.all()) {
				boolean stored = stale.remove(indicator.code() + "|" + state.code());
				if (stored || !catalog.referenceSeries(indicator.code(), state.code()).isEmpty()) {
					recompute(indicator.code(), state.code());
				}
			}
		}
		recompute(stale);
		log.info("Projections of {} series computed in {} ms ({})", store.count(),
				(System.nanoTime() - started) / 1_000_000, settings.fingerprint());
	}

	/** Whether the stored projections are missing or were computed with other settings. */
	boolean outdated() {
		return store.count() == 0 || !store.allComputedWith(settings.fingerprint());
	}
}
