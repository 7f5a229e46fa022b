package org.ots.platform.foresight;

/** How the points of a scenario path are read. */
public enum PathKind {
	/**
	 * Each point is an annual growth rate in percent, holding from the year after the previous point (or after the
	 * last observation) up to the point's year: "8% a year to 2027, then 3% to 2030".
	 */
	GROWTH_RATE,
	/**
	 * Each point is the level reached in its year; the years between are joined linearly from the last observation
	 * or the previous point.
	 */
	LEVEL
}
