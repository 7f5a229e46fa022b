package org.ots.platform.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.ots.platform.identity.AuditTrail;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.identity.Role;
import org.ots.platform.identity.UserAccounts;
import org.ots.platform.identity.UserView;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.shared.NotFoundException;
import org.ots.platform.states.States;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who wants to be told of new alerts, per area, per state, both, or all. Everyone who may read the board may
 * subscribe; a national coordinator only to alerts of the coordinator's own state, since those are the only ones
 * the coordinator may see. Each user sees and removes only their own subscriptions.
 */
@Service
class AlertSubscriptions {

	record Subscription(long id, String username, String areaCode, String stateCode, Instant createdAt) {
	}

	private final JdbcClient jdbc;
	private final IndicatorCatalog catalog;
	private final States states;
	private final UserAccounts accounts;
	private final AuditTrail audit;
	private final Clock clock;

	AlertSubscriptions(JdbcClient jdbc, IndicatorCatalog catalog, States states, UserAccounts accounts, AuditTrail audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.states = states;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	List<Subscription> mine() {
		return of(AlertBoard.reader().username());
	}

	/** Subscribes the signed-in user; subscribing twice to the same gives the existing subscription. */
	@Transactional
	Subscription subscribe(String areaCode, String stateCode) {
		CurrentUser user = AlertBoard.reader();
		String area = blankToNull(areaCode);
		String state = blankToNull(stateCode) == null ? null : stateCode.trim().toUpperCase();
		if (area != null && catalog.areas().stream().noneMatch(a -> a.code().equals(area))) {
			throw AlertInputException.of("areaCode", "alerts.error.area");
		}
		if (state != null && !states.exists(state)) {
			throw AlertInputException.of("stateCode", "alerts.error.state");
		}
		if (user.role() == Role.NATIONAL_COORDINATOR) {
			if (state != null && !state.equals(user.stateCode())) {
				throw new AccessDeniedException("A national coordinator sees, and subscribes to, alerts of its own state only.");
			}
			state = user.stateCode();
		}
		String chosenState = state;
		var existing = of(user.username()).stream()
			.filter(s -> Objects.equals(s.areaCode(), area) && Objects.equals(s.stateCode(), chosenState))
			.findFirst();
		if (existing.isPresent()) {
			return existing.get();
		}
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("INSERT INTO alert_subscription (username, area_code, state_code, created_at) VALUES (?, ?, ?, ?)")
			.params(user.username(), area, state, Instant.now(clock).atOffset(ZoneOffset.UTC))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		audit.record("SUBSCRIBE", "AlertSubscription", id, state, null, describe(area, state));
		return find(id);
	}

	@Transactional
	void unsubscribe(long id) {
		Subscription subscription = find(id);
		if (!subscription.username().equals(AlertBoard.reader().username())) {
			throw new AccessDeniedException("This subscription is someone else's.");
		}
		jdbc.sql("DELETE FROM alert_subscription WHERE id = ?").param(id).update();
		audit.record("UNSUBSCRIBE", "AlertSubscription", id, subscription.stateCode(),
				describe(subscription.areaCode(), subscription.stateCode()), null);
	}

	/**
	 * The users to tell of a new alert of this area and state: subscribed to it, their account active, and allowed
	 * to see it (a coordinator's subscription never reaches beyond the own state, even if the role changed since).
	 */
	Set<String> subscribersOf(String area, String state) {
		List<String> subscribed = jdbc.sql("""
				SELECT DISTINCT username FROM alert_subscription
				WHERE (area_code IS NULL OR area_code = ?) AND (state_code IS NULL OR state_code = ?)""")
			.params(area, state)
			.query(String.class)
			.list();
		if (subscribed.isEmpty()) {
			return Set.of();
		}
		Set<String> subscribers = new LinkedHashSet<>();
		for (UserView user : accounts.list()) {
			if (subscribed.contains(user.username()) && user.active() && !user.invitationPending()
					&& AlertBoard.maySee(user.role(), user.stateCode(), state)) {
				subscribers.add(user.username());
			}
		}
		return subscribers;
	}

	private List<Subscription> of(String username) {
		return jdbc.sql("SELECT * FROM alert_subscription WHERE username = ? ORDER BY id")
			.param(username)
			.query(AlertSubscriptions::subscription)
			.list();
	}

	private Subscription find(long id) {
		return jdbc.sql("SELECT * FROM alert_subscription WHERE id = ?")
			.param(id)
			.query(AlertSubscriptions::subscription)
			.optional()
			.orElseThrow(() -> new NotFoundException("Alert subscription", id));
	}

	private static Map<String, Object> describe(String area, String state) {
		return Map.of("area", area == null ? "*" : area, "state", state == null ? "*" : state);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private static Subscription subscription(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Subscription(rs.getLong("id"), rs.getString("username"), rs.getString("area_code"),
				rs.getString("state_code"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
