package org.ots.platform.reviews;

/** On whose authority a recommendation's status changes: the addressed state, the Secretariat, or its examiners. */
public enum Asserter {
	STATE, SECRETARIAT, EXAMINERS
}
