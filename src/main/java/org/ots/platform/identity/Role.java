package org.ots.platform.identity;

/** The roles of DESIGN.md section 7. Anonymous visitors have no role: they see only published artefacts. */
public enum Role {
	SECRETARIAT_ADMIN,
	SECRETARIAT_ANALYST,
	/** Acts for exactly one state: enters its data and writes its report. */
	NATIONAL_COORDINATOR,
	/** A peer reviewer from another state, assigned to review cycles. */
	EXAMINER,
	/** Works for an expert institution (think tank, research institute). */
	EXPERT;

	public boolean isSecretariat() {
		return this == SECRETARIAT_ADMIN || this == SECRETARIAT_ANALYST;
	}

	/** The role's name as Spring Security authority. */
	public String authority() {
		return "ROLE_" + name();
	}

	public boolean needsState() {
		return this == NATIONAL_COORDINATOR || this == EXAMINER;
	}

	public boolean needsInstitution() {
		return this == EXPERT;
	}
}
