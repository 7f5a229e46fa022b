package org.ots.platform.indicators;

import java.time.Instant;

/**
 * An earlier version of an observation: what it was, who had entered it and when, and who replaced or removed
 * it ({@code changeKind} UPDATE, DELETE or IMPORT) and when.
 */
public record HistoryEntry(String source, double value, ObservationStatus status, String note, boolean reference,
		int version, String changedBy, Instant changedAt, String supersededBy, Instant supersededAt,
		String changeKind) {
}
