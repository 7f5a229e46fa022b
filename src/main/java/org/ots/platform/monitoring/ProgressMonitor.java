package org.ots.platform.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.indicators.Observation;
import org.ots.platform.indicators.SeriesWalk;
import org.ots.platform.indicators.Target;
import org.ots.platform.shared.NotFoundException;
import org.ots.platform.states.State;
import org.ots.platform.states.States;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the stored progress status of every series in step with its data: a series with reference values gets an
 * assessment, one without loses it. Each series is recomputed in a transaction of its own, so that a large import
 * does not hold all its series at once. The results are derived data: the changes that cause them are audited
 * where they are made, and each result records when and with which settings it was computed.
 */
@Service
public class ProgressMonitor {

	private static final Logger log = LoggerFactory.getLogger(ProgressMonitor.class);

	private final IndicatorCatalog catalog;
	private final States states;
	private final ProgressAssessments store;
	private final ProgressSettings settings;
	private final ProgressMeasure measure;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SeriesWalk walk;

	ProgressMonitor(IndicatorCatalog catalog, States states, ProgressAssessments store, ProgressSettings settings,
			TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock, SeriesWalk walk) {
		this.catalog = catalog;
		this.walk = walk;
		this.states = states;
		this.store = store;
		this.settings = settings;
		this.measure = new ProgressMeasure(settings);
		this.transaction = transaction;
		this.events = events;
		this.clock = clock;
	}

	/** The stored assessment of one series; 404 for an unknown indicator, state or a series without data. */
	public ProgressAssessment get(String indicator, String state) {
		catalog.get(indicator);
		String stateCode = states.get(state).code();
		return store.find(indicator, stateCode)
			.orElseThrow(() -> new NotFoundException("Progress assessment of series", indicator + "|" + stateCode));
	}

	public Optional<ProgressAssessment> find(String indicator, String state) {
		return store.find(indicator, state);
	}

	/** The assessments, filtered by indicator, state and area (each optional; unknown codes are 404). */
	public List<ProgressAssessment> list(String indicator, String state, String area) {
		Collection<String> indicators = null;
		if (area != null && !area.isBlank()) {
			if (catalog.areas().stream().noneMatch(a -> a.code().equals(area))) {
				throw new NotFoundException("Area", area);
			}
			indicators = catalog.indicatorsOf(area).stream().map(Indicator::code).toList();
		}
		if (indicator != null && !indicator.isBlank()) {
			catalog.get(indicator);
			indicators = indicators == null || indicators.contains(indicator) ? List.of(indicator) : List.of();
		}
		String stateCode = state == null || state.isBlank() ? null : states.get(state).code();
		return store.list(indicators, stateCode);
	}

	/**
	 * The indicator's progress over the member and observer states. The OTS aggregate is left out: it is made of the
	 * same states' data and would count them twice.
	 */
	public IndicatorProgress indicatorProgress(String indicator) {
		catalog.get(indicator);
		Set<String> countries = new HashSet<>(states.countries().stream().map(State::code).toList());
		return IndicatorProgress.of(indicator,
				store.list(List.of(indicator), null).stream().filter(a -> countries.contains(a.state())).toList());
	}

	/**
	 * Recomputes the series named {@code INDICATOR|STATE}, as {@code ObservationsChanged} names them. A series that
	 * fails is logged and the others go on: one bad series must not leave the rest of an import unassessed.
	 */
	void recompute(Collection<String> seriesKeys) {
		walk.each(seriesKeys, this::recompute);
	}

	/** Every series of one indicator, after its direction, limits or targets changed. */
	void recomputeIndicator(String indicator) {
		walk.ofIndicator(indicator, store.list(List.of(indicator), null).stream().map(a -> a.state()).toList(),
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
			store.save(measure.assess(seriesData(known.get(), state, values, catalog.targetsOf(indicator)))
				.computedAt(Instant.now(clock)));
			events.publishEvent(new ProgressAssessed(indicator + "|" + state));
		});
	}

	/** Every series of every indicator and state, and no row left for a series that no longer has data. */
	void recomputeAll() {
		long started = System.nanoTime();
		walk.all(store.seriesKeys(), this::recompute);
		log.info("Progress of {} series assessed in {} ms ({})", store.count(), (System.nanoTime() - started) / 1_000_000,
				settings.fingerprint());
	}

	/** Whether the stored results are missing or were computed with other settings. */
	boolean outdated() {
		return store.count() == 0 || !store.allComputedWith(settings.fingerprint());
	}

	SeriesData seriesData(Indicator indicator, String state, List<Observation> values, List<Target> targets) {
		TreeMap<Integer, Double> annual = new TreeMap<>();
		for (Observation o : values) {
			if (o.period().isAnnual() && Double.isFinite(o.value())) {
				annual.put(o.period().year(), o.value());
			}
		}
		Integer latest = annual.isEmpty() ? null : annual.lastKey();
		return new SeriesData(indicator.code(), state, annual, indicator.direction(), SeriesData.limitOf(indicator),
				TargetChoice.choose(targets, state, settings.targetYear(), latest).orElse(null));
	}
}
