package org.ots.platform.monitoring;

/**
 * What an alert rule watches for. Every kind looks at the latest period of a series (the situation now), except
 * {@link #MISSING_AFTER_DEADLINE}, which looks at the last year whose reporting deadline has passed.
 * {@link #DETERIORATION} and {@link #PROJECTION_OFF_TRACK} need the results of progress assessment and foresight:
 * they are asked of {@link SeriesOutlook}, and never fire while nothing answers.
 */
public enum AlertKind {

	/** The latest value is above, or below, a bound. */
	THRESHOLD,
	/** The latest value differs from the one before it by more than a bound, in the indicator's unit or in percent. */
	CHANGE,
	/** The latest value is an outlier of the series' history: modified z-score or interquartile rule. */
	OUTLIER,
	/** No value for year Y by a given day of year Y+1. */
	MISSING_AFTER_DEADLINE,
	/** The progress status of the series is "deterioration". */
	DETERIORATION,
	/** The projection of the series misses its target. */
	PROJECTION_OFF_TRACK
}
