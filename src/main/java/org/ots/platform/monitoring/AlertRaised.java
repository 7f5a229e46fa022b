package org.ots.platform.monitoring;

import java.util.List;
import java.util.Set;

/**
 * A rule raised a new alert. {@code subscribers} are the users whose subscriptions cover it and who may see it;
 * the notifications module tells them. {@code reasonKey} and {@code reasonArgs} are the message saying why, to be
 * put into each reader's language.
 */
public record AlertRaised(long alertId, String ruleName, AlertSeverity severity, String indicatorCode,
		String stateCode, String period, String reasonKey, List<String> reasonArgs, Set<String> subscribers) {

	/** Where the alert is read. */
	public String link() {
		return "/monitoring/alerts#alert-" + alertId;
	}
}
