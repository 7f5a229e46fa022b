package org.ots.platform.reviews;

import java.util.List;

/**
 * A report action its rules do not allow now (editing a submitted report, submitting an incomplete one, a file of
 * the wrong kind); the message says why, and {@code missing} lists what a complete report still needs.
 */
public class ReportRuleException extends RuntimeException {

	private final List<String> missing;

	public ReportRuleException(String message) {
		this(message, List.of());
	}

	public ReportRuleException(String message, List<String> missing) {
		super(message);
		this.missing = List.copyOf(missing);
	}

	public List<String> missing() {
		return missing;
	}
}
