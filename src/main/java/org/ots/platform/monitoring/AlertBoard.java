package org.ots.platform.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ots.platform.identity.AuditTrail;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.identity.Role;
import org.ots.platform.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring board: who sees which alerts, and their acknowledgement.
 * <ul>
 * <li>The Secretariat, experts and examiners see every alert: they watch the whole region.</li>
 * <li>A national coordinator sees the alerts of the coordinator's own state only (not those of other states, nor of
 * the OTS aggregate).</li>
 * <li>Anonymous visitors see none: an alert is a working signal, not a published finding.</li>
 * <li>The Secretariat and experts, who write the rules, acknowledge alerts, each with a comment.</li>
 * </ul>
 */
@Service
class AlertBoard {

	private final Alerts alerts;
	private final AuditTrail audit;
	private final Clock clock;

	AlertBoard(Alerts alerts, AuditTrail audit, Clock clock) {
		this.alerts = alerts;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether a user of this role (acting for {@code userState}) may see an alert of {@code alertState}. */
	static boolean maySee(Role role, String userState, String alertState) {
		if (role == null) {
			return false;
		}
		return role != Role.NATIONAL_COORDINATOR || (userState != null && userState.equals(alertState));
	}

	/** The signed-in user, who may read the board; refused for anonymous visitors. */
	static CurrentUser reader() {
		CurrentUser user = CurrentUser.get();
		if (user.isAnonymous()) {
			throw new AccessDeniedException("Sign in to see the monitoring board.");
		}
		return user;
	}

	/** The alerts the user may see, filtered; a coordinator's filter is narrowed to the own state. */
	List<Alert> visible(Alerts.Filter filter) {
		CurrentUser user = reader();
		if (user.role() == Role.NATIONAL_COORDINATOR) {
			if (filter.stateCode() != null && !filter.stateCode().equals(user.stateCode())) {
				return List.of();
			}
			filter = filter.onlyState(user.stateCode());
		}
		return alerts.list(filter);
	}

	Alert get(long id) {
		Alert alert = alerts.find(id).orElseThrow(() -> new NotFoundException("Alert", id));
		CurrentUser user = reader();
		if (!maySee(user.role(), user.stateCode(), alert.stateCode())) {
			throw new AccessDeniedException("Alerts of " + alert.stateCode() + " are not shown to coordinators of other states.");
		}
		return alert;
	}

	@Transactional
	Alert acknowledge(long id, String comment) {
		Alert alert = get(id);
		CurrentUser user = CurrentUser.get();
		if (!AlertRule.mayWriteRules(user)) {
			throw new AccessDeniedException("Alerts are acknowledged by the Secretariat and experts.");
		}
		String text = comment == null ? "" : comment.trim();
		if (text.isEmpty() || text.length() > 2000) {
			throw AlertInputException.of("comment", "alerts.error.comment");
		}
		if (!alerts.acknowledge(id, user.username(), text, Instant.now(clock))) {
			throw new AlertConflictException("alerts.conflict.acknowledged");
		}
		audit.record("ACKNOWLEDGE", "Alert", id, alert.stateCode(), Map.of("open", true),
				Map.of("open", false, "comment", text));
		return alerts.find(id).orElseThrow();
	}
}
