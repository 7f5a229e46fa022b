package org.ots.platform.reviews;

import java.util.List;
import java.util.Map;

import org.ots.platform.reviews.AssignmentStore.Acceptance;
import org.ots.platform.reviews.AssignmentStore.Stored;

/** The accepted assignment of a cycle as pages and the API show it; acceptance is null until a proposal is accepted. */
record AssignmentView(ReviewCycle cycle, Acceptance acceptance, List<Stored> rows, Map<Long, String> institutionNames) {

	boolean accepted() {
		return acceptance != null;
	}

	int version() {
		return acceptance == null ? -1 : acceptance.version();
	}
}
