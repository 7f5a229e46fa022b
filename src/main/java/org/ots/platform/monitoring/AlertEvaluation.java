package org.ots.platform.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.ots.platform.foresight.ProjectionUpdated;
import org.ots.platform.identity.AuditTrail;
import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.indicators.ObservationsChanged;
import org.ots.platform.states.State;
import org.ots.platform.states.States;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs rules over series and raises what they find. When data change, only the rules whose scope covers a changed
 * series run, right after the change committed, in a transaction of their own: an evaluation that fails never
 * undoes the data (the daily run catches up). A rule's alert for a series and period is raised once; re-evaluating
 * the same data raises nothing new.
 */
@Component
class AlertEvaluation {

	private static final Logger log = LoggerFactory.getLogger(AlertEvaluation.class);

	private final AlertRules rules;
	private final Alerts alerts;
	private final AlertSubscriptions subscriptions;
	private final IndicatorCatalog catalog;
	private final States states;
	private final ObjectProvider<SeriesOutlook> outlooks;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AlertEvaluation(AlertRules rules, Alerts alerts, AlertSubscriptions subscriptions, IndicatorCatalog catalog,
			States states, ObjectProvider<SeriesOutlook> outlooks, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.rules = rules;
		this.alerts = alerts;
		this.subscriptions = subscriptions;
		this.catalog = catalog;
		this.states = states;
		this.outlooks = outlooks;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ObservationsChanged changed) {
		// One query for the rules, whatever the size of an import; most series are covered by none.
		// Deterioration and the projection are read from stored results recomputed after this: see
		// ProgressAssessed and ProjectionUpdated.
		List<AlertRule> active = rules.active()
			.stream()
			.filter(r -> r.kind() != AlertKind.DETERIORATION && r.kind() != AlertKind.PROJECTION_OFF_TRACK)
			.toList();
		int raised = run(active, changed.series());
		if (raised > 0) {
			log.info("{} alerts raised after a change of {} series", raised, changed.series().size());
		}
	}

	/** The deterioration rules over a series whose progress was just stored. */
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ProgressAssessed assessed) {
		List<AlertRule> active = rules.active().stream().filter(r -> r.kind() == AlertKind.DETERIORATION).toList();
		int raised = run(active, List.of(assessed.series()));
		if (raised > 0) {
			log.info("{} alerts raised after the progress of {} changed", raised, assessed.series());
		}
	}

	/** The "projection off track" rules over a series whose projection was just stored. */
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ProjectionUpdated projected) {
		List<AlertRule> active = rules.active().stream().filter(r -> r.kind() == AlertKind.PROJECTION_OFF_TRACK).toList();
		int raised = run(active, List.of(projected.series()));
		if (raised > 0) {
			log.info("{} alerts raised after the projection of {} changed", raised, projected.series());
		}
	}

	private int run(List<AlertRule> active, java.util.Collection<String> changedSeries) {
		if (active.isEmpty()) {
			return 0;
		}
		int raised = 0;
		for (String series : changedSeries) {
			String[] key = series.split("\\|", 2);
			Optional<Indicator> indicator = key.length == 2 ? catalog.find(key[0]) : Optional.empty();
			if (indicator.isEmpty()) {
				continue;
			}
			for (AlertRule rule : active) {
				if (rule.covers(key[0], indicator.get().areaCode(), key[1])) {
					raised += check(rule, indicator.get(), key[1]);
				}
			}
		}
		return raised;
	}

	/** Runs one rule over every series of its scope; the number of alerts raised. */
	@Transactional(propagation = Propagation.MANDATORY)
	int evaluate(AlertRule rule) {
		List<Indicator> indicators = rule.indicatorCode() != null ? catalog.find(rule.indicatorCode()).stream().toList()
				: catalog.indicatorsOf(rule.areaCode());
		int raised = 0;
		for (Indicator indicator : indicators) {
			for (String state : statesOf(rule)) {
				raised += check(rule, indicator, state);
			}
		}
		return raised;
	}

	/**
	 * The states a rule watches: its own, or all. A missing value is looked for in the member states only, who
	 * report; the other kinds look at every series with data, observers and the OTS aggregate included.
	 */
	private List<String> statesOf(AlertRule rule) {
		if (rule.stateCode() != null) {
			return List.of(rule.stateCode());
		}
		return states.all()
			.stream()
			.filter(s -> rule.kind() != AlertKind.MISSING_AFTER_DEADLINE || s.isMember())
			.map(State::code)
			.toList();
	}

	private int check(AlertRule rule, Indicator indicator, String state) {
		List<AlertConditions.Point> series = catalog.referenceSeries(indicator.code(), state)
			.stream()
			.map(o -> new AlertConditions.Point(o.period(), o.value(), o.illustrative()))
			.toList();
		String key = ObservationsChanged.seriesKey(indicator.code(), state);
		Optional<Finding> finding = AlertConditions.check(rule, series, LocalDate.now(clock), outlook(rule, key));
		return finding.map(f -> raise(rule, indicator, state, f) ? 1 : 0).orElse(0);
	}

	private boolean raise(AlertRule rule, Indicator indicator, String state, Finding finding) {
		Optional<Long> id = alerts.raise(rule, indicator.code(), indicator.areaCode(), state, finding, Instant.now(clock));
		id.ifPresent(alertId -> {
			audit.recordAs("system", "RAISE", "Alert", alertId, state, null, Map.of("rule", rule.id(), "indicator",
					indicator.code(), "period", finding.period(), "reason", finding.reasonKey(), "values", finding.reasonArgs()));
			events.publishEvent(new AlertRaised(alertId, rule.name(), rule.severity(), indicator.code(), state,
					finding.period(), finding.reasonKey(), finding.reasonArgs(),
					subscriptions.subscribersOf(indicator.areaCode(), state)));
		});
		return id.isPresent();
	}

	/** Asked only for the kinds that need it, so a slow outlook never delays the others. */
	private AlertConditions.Outlook outlook(AlertRule rule, String series) {
		return switch (rule.kind()) {
			case DETERIORATION -> new AlertConditions.Outlook(first(o -> o.progressStatus(series)), Optional.empty());
			case PROJECTION_OFF_TRACK -> new AlertConditions.Outlook(Optional.empty(),
					first(o -> o.projectedToMeetTarget(series)));
			default -> AlertConditions.Outlook.NONE;
		};
	}

	private <T> Optional<T> first(Function<SeriesOutlook, Optional<T>> question) {
		return outlooks.orderedStream().map(question).flatMap(Optional::stream).findFirst();
	}
}
