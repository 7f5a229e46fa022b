package org.ots.platform.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ots.platform.states.States;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert institutions an expert account can work for. An institution is registered once, with the state it
 * belongs to, so that assignments can later keep experts away from reviewing their own state.
 */
@Repository
class Institutions {

	private final JdbcClient jdbc;
	private final States states;
	private final AuditTrail audit;

	Institutions(JdbcClient jdbc, States states, AuditTrail audit) {
		this.jdbc = jdbc;
		this.states = states;
		this.audit = audit;
	}

	private static Institution map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Institution(rs.getLong("id"), rs.getString("name"), rs.getString("state_code"));
	}

	List<Institution> all() {
		return jdbc.sql("SELECT id, name, state_code FROM institution ORDER BY name")
			.query(Institutions::map)
			.list();
	}

	Optional<Institution> find(Long id) {
		if (id == null) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT id, name, state_code FROM institution WHERE id = ?")
			.param(id)
			.query(Institutions::map)
			.optional();
	}

	boolean exists(Long id) {
		return find(id).isPresent();
	}

	@Transactional
	Institution add(String name, String stateCode) {
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw new AccountRuleException("institutionName", "identity.error.institution.name",
					"An institution has a name of 1 to 200 characters.");
		}
		if (stateCode == null || !states.exists(stateCode) || states.get(stateCode).isAggregate()) {
			throw new AccountRuleException("institutionState", "identity.error.institution.state",
					"Choose the state the institution belongs to.");
		}
		boolean taken = jdbc.sql("SELECT COUNT(*) FROM institution WHERE LOWER(name) = LOWER(?)")
			.param(trimmed)
			.query(Long.class)
			.single() > 0;
		if (taken) {
			throw new AccountRuleException("institutionName", "identity.error.institution.taken",
					"The institution " + trimmed + " is registered already.", trimmed);
		}
		String state = states.get(stateCode).code();
		jdbc.sql("INSERT INTO institution (name, state_code) VALUES (?, ?)").params(trimmed, state).update();
		Institution created = jdbc.sql("SELECT id, name, state_code FROM institution WHERE name = ?")
			.param(trimmed)
			.query(Institutions::map)
			.single();
		audit.record("CREATE", "Institution", created.id(), state, null,
				Map.of("name", created.name(), "state", created.stateCode()));
		return created;
	}
}
