package org.ots.platform.foresight;

/**
 * Where scenario versions are cited in published work (the analytical products of the experts module implement
 * it). A version cited so is readable by everyone at its address, like the work that cites it; all others are for
 * signed-in users only. Foresight asks through this interface so that it does not depend on who cites.
 */
public interface ScenarioCitations {

	boolean isCitedInPublishedWork(long scenarioId, int version);
}
