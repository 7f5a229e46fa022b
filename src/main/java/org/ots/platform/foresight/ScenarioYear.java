package org.ots.platform.foresight;

/**
 * One year of a scenario path.
 *
 * @param limited whether the assumption would have crossed the series' natural limit (below 0, above 100%) and the
 * value was held at the limit instead
 */
public record ScenarioYear(int year, double value, boolean limited) {
}
