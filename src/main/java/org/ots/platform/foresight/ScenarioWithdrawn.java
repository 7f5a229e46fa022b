package org.ots.platform.foresight;

/** A scenario was withdrawn: it stays readable, marked so, and takes no new version. */
public record ScenarioWithdrawn(long scenarioId, int version, String withdrawnBy, String reason) {
}
