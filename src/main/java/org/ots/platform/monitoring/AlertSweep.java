package org.ots.platform.monitoring;

import java.lang.management.ManagementFactory;
import java.util.UUID;

import org.ots.platform.shared.ScheduledLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily run of every active rule: it raises what only time brings (a reporting deadline that passed) and what
 * a failed evaluation after a change left out. Scheduled on every instance; the database lock lets one of them
 * run it, and the alerts' unique key makes an overlapping or repeated run raise nothing twice.
 */
@Component
@EnableScheduling
class AlertSweep {

	static final String LOCK = "alert-sweep";
	private static final Logger log = LoggerFactory.getLogger(AlertSweep.class);

	private final AlertRules rules;
	private final AlertEvaluation evaluation;
	private final ScheduledLock lock;
	private final AlertProperties properties;
	private final TransactionTemplate transaction;
	private final String holder;

	AlertSweep(AlertRules rules, AlertEvaluation evaluation, ScheduledLock lock, AlertProperties properties,
			PlatformTransactionManager transactions) {
		this.rules = rules;
		this.evaluation = evaluation;
		this.lock = lock;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
	}

	@Scheduled(cron = "${ots.monitoring.alerts.cron:0 30 5 * * *}", zone = "UTC")
	void daily() {
		runOnce(holder);
	}

	/**
	 * The run as one instance does it: with the lock, or not at all when another instance has it.
	 * @return the number of alerts raised, or -1 when another holder had the lock
	 */
	int runOnce(String instance) {
		if (!lock.tryAcquire(LOCK, instance, properties.lockDuration())) {
			log.debug("The alert rules run elsewhere");
			return -1;
		}
		try {
			int raised = 0;
			for (AlertRule rule : rules.active()) {
				raised += evaluateAlone(rule);
			}
			log.info("Daily run of the alert rules raised {} alerts", raised);
			return raised;
		}
		finally {
			lock.release(LOCK, instance);
		}
	}

	/** Each rule in a transaction of its own: one broken rule does not stop the others. */
	private int evaluateAlone(AlertRule rule) {
		try {
			Integer raised = transaction.execute(tx -> evaluation.evaluate(rule));
			return raised == null ? 0 : raised;
		}
		catch (RuntimeException e) {
			log.warn("Alert rule {} could not be evaluated: {}", rule.id(), e.toString());
			return 0;
		}
	}
}
