package org.ots.platform.foresight;

import org.ots.platform.indicators.IndicatorDefinitionChanged;
import org.ots.platform.indicators.ObservationsChanged;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When projections are recomputed: the series an edit or an import changed, and the series of an indicator whose
 * limits, direction or targets changed, once that change committed (on another thread, so that the edit does not
 * wait for it); and every series at start-up when there are none yet or the settings changed. It runs after the
 * demo loader (order 10).
 */
@Component
@Order(30)
class ProjectionRecomputation implements ApplicationRunner {

	private final ProjectionUpdater updater;

	ProjectionRecomputation(ProjectionUpdater updater) {
		this.updater = updater;
	}

	@Async
	@TransactionalEventListener
	void on(ObservationsChanged event) {
		updater.recompute(event.series());
	}

	@Async
	@TransactionalEventListener
	void on(IndicatorDefinitionChanged event) {
		updater.recomputeIndicator(event.indicator());
	}

	@Override
	public void run(ApplicationArguments args) {
		if (updater.outdated()) {
			updater.recomputeAll();
		}
	}
}
