package org.ots.platform.monitoring;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An alert as the board shows it: raised once by a rule for a series (indicator and state) and period, open until
 * someone of the Secretariat or an expert acknowledges it with a comment. {@code reasonKey} and {@code reasonArgs}
 * say why, with the numbers, in the reader's language.
 */
record Alert(long id, long ruleId, String ruleName, AlertKind kind, AlertSeverity severity, String indicatorCode,
		String areaCode, String stateCode, String period, Double value, String reasonKey, List<String> reasonArgs,
		boolean illustrative, Instant raisedAt, String acknowledgedBy, Instant acknowledgedAt, String comment) {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

	public boolean isOpen() {
		return acknowledgedAt == null;
	}

	public String raisedUtc() {
		return UTC.format(raisedAt.atZone(ZoneOffset.UTC));
	}

	public String acknowledgedUtc() {
		return acknowledgedAt == null ? null : UTC.format(acknowledgedAt.atZone(ZoneOffset.UTC));
	}

	/** The arguments of the reason as the message formatter takes them. */
	public Object[] reasonArguments() {
		return reasonArgs.toArray();
	}
}
