package org.ots.platform.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.Serializable;

/**
 * Who is acting now, as other modules need to know it: the role, and the state a coordinator or examiner acts
 * for. Anonymous visitors are represented with a null role.
 */
public record CurrentUser(String username, Role role, String stateCode, Long institutionId) implements Serializable {

	public static final CurrentUser ANONYMOUS = new CurrentUser("anonymous", null, null, null);

	/** The user of the current request or job; {@link #ANONYMOUS} if nobody signed in. */
	public static CurrentUser get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PlatformUserDetails details) {
			return details.currentUser();
		}
		return ANONYMOUS;
	}

	public boolean isAnonymous() {
		return role == null;
	}

	public boolean isSecretariat() {
		return role != null && role.isSecretariat();
	}

	public boolean isAdmin() {
		return role == Role.SECRETARIAT_ADMIN;
	}

	/** Data of a state may be written by the Secretariat, or by that state's own national coordinators. */
	public boolean mayWriteDataOf(String state) {
		if (isSecretariat()) {
			return true;
		}
		return role == Role.NATIONAL_COORDINATOR && stateCode != null && stateCode.equalsIgnoreCase(state);
	}

	/** Whether this user may enter or import data at all (for some state). */
	public boolean mayWriteData() {
		return isSecretariat() || role == Role.NATIONAL_COORDINATOR;
	}
}
