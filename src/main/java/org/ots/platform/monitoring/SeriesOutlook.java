package org.ots.platform.monitoring;

import java.util.Optional;

/**
 * What other computations know of a series ({@code INDICATOR|STATE}, as in
 * {@link org.ots.platform.indicators.ObservationsChanged}), for the alert kinds that depend on them. Progress
 * assessment answers {@link #progressStatus}, foresight {@link #projectedToMeetTarget}, each by a bean implementing
 * this interface; the first present answer of all beans counts. While no bean answers (the platform without
 * progress assessment or foresight), the answers are empty and DETERIORATION and PROJECTION_OFF_TRACK rules never
 * fire.
 */
public interface SeriesOutlook {

	/** The progress status as Open SDG names it ("deterioration", "moderate_progress", ...); empty if not assessed. */
	default Optional<String> progressStatus(String series) {
		return Optional.empty();
	}

	/** Whether the projection reaches the series' target by its year; empty without a projection or a target. */
	default Optional<Boolean> projectedToMeetTarget(String series) {
		return Optional.empty();
	}
}
