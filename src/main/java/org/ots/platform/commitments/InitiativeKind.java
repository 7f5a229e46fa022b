package org.ots.platform.commitments;

/**
 * What sort of document an initiative is. A vision sets long-term direction, a strategy a programme for a fixed
 * term, a declaration the political statement of a summit, an agreement a treaty binding its parties.
 */
public enum InitiativeKind {
	VISION, STRATEGY, DECLARATION, AGREEMENT
}
