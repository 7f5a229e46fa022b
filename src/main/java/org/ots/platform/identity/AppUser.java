package org.ots.platform.identity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs in. A national coordinator and an examiner act for one state; an expert for one
 * institution. Accounts are never deleted, only deactivated, so that the audit trail keeps its actors.
 */
@Table("app_user")
record AppUser(@Id Long id, String username, String displayName, String email, String passwordHash, Role role,
		String stateCode, Long institutionId, boolean active, String preferredLocale, int failedLogins,
		Instant lockedUntil, String invitationToken, Instant invitationExpires, Instant createdAt,
		@Version Integer version) {

	static AppUser invite(String username, String displayName, String email, Role role, String stateCode,
			Long institutionId, String token, Instant expires, Instant now) {
		return new AppUser(null, username, displayName, email, null, role, stateCode, institutionId, true, null, 0,
				null, token, expires, now, null);
	}

	AppUser withPassword(String hash) {
		return new AppUser(id, username, displayName, email, hash, role, stateCode, institutionId, active,
				preferredLocale, 0, null, null, null, createdAt, version);
	}

	/** A fresh one-time link; the previous one stops working. */
	AppUser withInvitation(String token, Instant expires) {
		return new AppUser(id, username, displayName, email, passwordHash, role, stateCode, institutionId, active,
				preferredLocale, failedLogins, lockedUntil, token, expires, createdAt, version);
	}

	AppUser withRole(Role newRole, String newState, Long newInstitution) {
		return new AppUser(id, username, displayName, email, passwordHash, newRole, newState, newInstitution, active,
				preferredLocale, failedLogins, lockedUntil, invitationToken, invitationExpires, createdAt, version);
	}

	AppUser withActive(boolean isActive) {
		return new AppUser(id, username, displayName, email, passwordHash, role, stateCode, institutionId, isActive,
				preferredLocale, failedLogins, lockedUntil, invitationToken, invitationExpires, createdAt, version);
	}

	AppUser withFailedLogins(int failures, Instant lockUntil) {
		return new AppUser(id, username, displayName, email, passwordHash, role, stateCode, institutionId, active,
				preferredLocale, failures, lockUntil, invitationToken, invitationExpires, createdAt, version);
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
