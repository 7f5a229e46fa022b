package org.ots.platform.reviews;

/** What the observer states (HUN, TKM, XNC) do in a cycle: a policy decision of the OTS, set per cycle. */
public enum ObserverPolicy {
	/** Observers only read the published results. */
	READ_ONLY,
	/** Observers may also ask written questions. */
	ASK_QUESTIONS,
	/** Observers are reviewed like members (and may ask questions). */
	REVIEWED
}
