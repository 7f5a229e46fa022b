package org.ots.platform.reviews;

import java.time.Instant;

/** The state's account of one commitment in its report. */
record CommitmentStatus(long commitmentId, CommitmentProgress progress, String note, String updatedBy,
		Instant updatedAt) {
}
