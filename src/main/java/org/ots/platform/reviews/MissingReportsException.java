package org.ots.platform.reviews;

import java.util.List;
import java.util.Set;

/**
 * The cycle was to move to SUBMITTED while national reports are missing, and the Secretariat gave no reason to go
 * on without them. The missing states are named, for the page and for API clients.
 */
class MissingReportsException extends CycleRuleException {

	private final List<String> missing;

	MissingReportsException(Set<String> missing) {
		super("No national report has been submitted by " + String.join(", ", missing) + " yet. Wait for "
				+ (missing.size() == 1 ? "it" : "them") + ", or give the reason to move on without "
				+ (missing.size() == 1 ? "it" : "them") + "; the reason is recorded.", "cycle.refusal.missingReports",
				String.join(", ", missing));
		this.missing = List.copyOf(missing);
	}

	List<String> missing() {
		return missing;
	}
}
