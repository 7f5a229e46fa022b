package org.ots.platform.foresight;

/** A scenario was created (version 1) or given a new version. */
public record ScenarioSaved(long scenarioId, int version, String title, String savedBy) {
}
