package org.ots.platform.identity;

import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Records who changed what, when, and the value before and after. Every module calls it inside the
 * transaction of its change, so a change and its audit entry are written together or not at all.
 */
@Component
public class AuditTrail {

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.json = JsonMapper.builder().findAndAddModules().build();
		this.clock = clock;
	}

	/**
	 * @param action what was done (CREATE, UPDATE, DELETE, IMPORT, INVITE, LOCK, ...)
	 * @param entityType the kind of thing changed (Indicator, Observation, User, ...)
	 * @param entityId its code or id
	 * @param stateCode the state whose data changed, if any, so coordinators' changes can be filtered by state
	 * @param before the value before the change, null on creation
	 * @param after the value after the change, null on deletion
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entityType, Object entityId, String stateCode, Object before,
			Object after) {
		// Nobody signed in: the platform itself is writing (first start, demo content, scheduled work).
		CurrentUser user = CurrentUser.get();
		recordAs(user.isAnonymous() ? "system" : user.username(), action, entityType, entityId, stateCode, before, after);
	}

	/** As {@link #record}, for changes made by the platform itself or before anyone signed in. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAs(String actor, String action, String entityType, Object entityId, String stateCode,
			Object before, Object after) {
		jdbc.sql("""
				INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id, state_code, before_value, after_value)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Instant.now(clock).atOffset(java.time.ZoneOffset.UTC), actor, action, entityType,
					String.valueOf(entityId), stateCode, toJson(before), toJson(after))
			.update();
	}

	private String toJson(Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof String text ? text : json.writeValueAsString(value);
	}
}
