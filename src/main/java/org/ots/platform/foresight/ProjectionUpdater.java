package org.ots.platform.foresight;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.indicators.Observation;
import org.ots.platform.indicators.SeriesWalk;
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
	private final SeriesProjections store;
	private final ForesightSettings settings;
	private final SeriesProjecting projecting;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final SeriesWalk walk;

	ProjectionUpdater(IndicatorCatalog catalog, SeriesProjections store, ForesightSettings settings,
			TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events, SeriesWalk walk) {
		this.catalog = catalog;
		this.walk = walk;
		this.store = store;
		this.settings = settings;
		this.projecting = new SeriesProjecting(settings);
		this.transaction = transaction;
		this.clock = clock;
		this.events = events;
	}

	/** Recomputes the series named {@code INDICATOR|STATE}; one that fails is logged and the others go on. */
	void recompute(Collection<String> seriesKeys) {
		walk.each(seriesKeys, this::recompute);
	}

	/** Every series of one indicator, after its limits, direction or targets changed. */
	void recomputeIndicator(String indicator) {
		walk.ofIndicator(indicator, store.list(List.of(indicator), null).stream().map(p -> p.state()).toList(),
				this::recompute);
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
		walk.all(store.seriesKeys(), this::recompute);
		log.info("Projections of {} series computed in {} ms ({})", store.count(),
				(System.nanoTime() - started) / 1_000_000, settings.fingerprint());
	}

	/** Whether the stored projections are missing or were computed with other settings. */
	boolean outdated() {
		return store.count() == 0 || !store.allComputedWith(settings.fingerprint());
	}
}
