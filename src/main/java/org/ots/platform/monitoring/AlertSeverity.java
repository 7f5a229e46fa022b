package org.ots.platform.monitoring;

/** How urgent an alert is; the board lists the most severe first. */
public enum AlertSeverity {
	INFO, WARNING, CRITICAL
}
