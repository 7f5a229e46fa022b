package org.ots.platform.identity;

/** An expert institution as other modules read it: the state it belongs to keeps it from reviewing that state. */
public record ExpertInstitution(long id, String name, String stateCode) {
}
