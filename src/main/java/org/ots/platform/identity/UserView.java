package org.ots.platform.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An account as pages and the API show it: never its password hash or invitation token. */
public record UserView(long id, String username, String displayName, String email, Role role, String stateCode,
		Long institutionId, boolean active, boolean invitationPending, boolean locked, Instant createdAt,
		int version) {

	static UserView of(AppUser user) {
		return new UserView(user.id(), user.username(), user.displayName(), user.email(), user.role(),
				user.stateCode(), user.institutionId(), user.active(), user.passwordHash() == null,
				user.lockedUntil() != null && user.lockedUntil().isAfter(Instant.now()), user.createdAt(),
				user.version() == null ? 0 : user.version());
	}

	Map<String, Object> asMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("username", username);
		map.put("displayName", displayName);
		map.put("email", email);
		map.put("role", role);
		map.put("state", stateCode);
		map.put("institution", institutionId);
		map.put("active", active);
		return map;
	}
}
