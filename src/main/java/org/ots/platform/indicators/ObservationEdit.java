package org.ots.platform.indicators;

/**
 * A value as a person types it in the grid, the form or the API: still text, so that every mistake can be
 * reported next to its cell. {@code expectedVersion} is the version the person saw (null for a new value);
 * it detects that someone else changed the value meanwhile.
 */
public record ObservationEdit(String indicatorCode, String stateCode, String period, String source, String value,
		String status, String note, Integer expectedVersion) {
}
