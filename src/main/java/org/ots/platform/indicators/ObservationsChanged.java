package org.ots.platform.indicators;

import java.util.Set;

/**
 * Observations of these series changed (by an edit or an import). Monitoring and foresight recompute only the
 * affected series. A series is an indicator and a state, written {@code INDICATOR|STATE}.
 */
public record ObservationsChanged(Set<String> series) {

	public static String seriesKey(String indicator, String state) {
		return indicator + "|" + state;
	}
}
