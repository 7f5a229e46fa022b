package org.ots.platform.foresight;

/**
 * One year of a projection: the point projection (the median of the predictive distribution) and the bounds of
 * the central 80% and 95% prediction intervals, all within the series' natural limits.
 */
public record ProjectedYear(int year, double point, double lower80, double upper80, double lower95, double upper95) {
}
