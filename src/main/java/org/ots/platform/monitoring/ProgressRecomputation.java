package org.ots.platform.monitoring;

import org.ots.platform.indicators.IndicatorDefinitionChanged;
import org.ots.platform.indicators.ObservationsChanged;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When progress is recomputed: the series an edit or an import changed, and the series of an indicator whose
 * direction, limits or targets changed, once that change committed (on another thread, so that the edit does not
 * wait for it); and every series at start-up when there are no results yet (the demo's first start) or the settings
 * changed since they were computed. It runs after the demo loader (order 10).
 */
@Component
@Order(20)
class ProgressRecomputation implements ApplicationRunner {

	private final ProgressMonitor monitor;

	ProgressRecomputation(ProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Async
	@TransactionalEventListener
	void on(ObservationsChanged event) {
		monitor.recompute(event.series());
	}

	@Async
	@TransactionalEventListener
	void on(IndicatorDefinitionChanged event) {
		monitor.recomputeIndicator(event.indicator());
	}

	@Override
	public void run(ApplicationArguments args) {
		if (monitor.outdated()) {
			monitor.recomputeAll();
		}
	}
}
