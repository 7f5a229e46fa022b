package org.ots.platform.notifications;

import org.ots.platform.monitoring.AlertRaised;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Tells the subscribers of a new alert, by inbox and e-mail, after the alert was committed. Monitoring decides who
 * subscribed and may see the alert; this only delivers, each message in its recipient's language (the severity
 * and the reason are messages of the monitoring bundle, resolved per recipient).
 */
@Component
class AlertNotifications {

	private final Recipients recipients;
	private final Notifier notifier;

	AlertNotifications(Recipients recipients, Notifier notifier) {
		this.recipients = recipients;
		this.notifier = notifier;
	}

	@AfterCommitted
	void on(AlertRaised alert) {
		if (alert.subscribers().isEmpty()) {
			return;
		}
		var severity = new DefaultMessageSourceResolvable(new String[] { "alerts.severity." + alert.severity() }, null,
				alert.severity().name());
		var reason = new DefaultMessageSourceResolvable(new String[] { alert.reasonKey() },
				alert.reasonArgs().toArray(), alert.reasonKey());
		notifier.deliver(recipients.named(alert.subscribers()), Notice.of("alertRaised", alert.link(), severity,
				alert.ruleName(), alert.indicatorCode(), alert.stateCode(), alert.period(), reason));
	}
}
