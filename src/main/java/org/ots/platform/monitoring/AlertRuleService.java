package org.ots.platform.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ots.platform.identity.AuditTrail;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing alert rules: the Secretariat and experts only (an expert changes the rules the expert owns), every change
 * audited, none overwriting a change saved meanwhile. A rule saved active is evaluated at once over its scope, so
 * that what the data already show is on the board without waiting for the daily run.
 */
@Service
class AlertRuleService {

	private final AlertRules rules;
	private final AlertRuleValidator validator;
	private final AlertEvaluation evaluation;
	private final AuditTrail audit;
	private final Clock clock;

	AlertRuleService(AlertRules rules, AlertRuleValidator validator, AlertEvaluation evaluation, AuditTrail audit,
			Clock clock) {
		this.rules = rules;
		this.validator = validator;
		this.evaluation = evaluation;
		this.audit = audit;
		this.clock = clock;
	}

	List<AlertRule> all() {
		writer();
		return rules.all();
	}

	AlertRule get(long id) {
		writer();
		return rules.find(id).orElseThrow(() -> new NotFoundException("Alert rule", id));
	}

	@Transactional
	AlertRule create(AlertRuleEdit edit) {
		CurrentUser user = writer();
		AlertRuleValidator.Checked c = validator.check(edit);
		Instant now = Instant.now(clock);
		AlertRule rule = rules.insert(new AlertRule(null, c.name(), c.kind(), c.indicatorCode(), c.areaCode(),
				c.stateCode(), c.severity(), c.comparison(), c.bound(), c.changeMode(), c.outlierMethod(), c.deadline(),
				c.active(), user.username(), now, now, 0));
		audit.record("CREATE", "AlertRule", rule.id(), rule.stateCode(), null, rule.describe());
		evaluateIfActive(rule);
		return rule;
	}

	@Transactional
	AlertRule update(long id, AlertRuleEdit edit) {
		AlertRule before = changeable(id, edit.expectedVersion());
		AlertRuleValidator.Checked c = validator.check(edit);
		AlertRule changed = new AlertRule(id, c.name(), c.kind(), c.indicatorCode(), c.areaCode(), c.stateCode(),
				c.severity(), c.comparison(), c.bound(), c.changeMode(), c.outlierMethod(), c.deadline(), c.active(),
				before.owner(), before.createdAt(), Instant.now(clock), before.version());
		return save(before, changed, "UPDATE");
	}

	@Transactional
	AlertRule deactivate(long id, Integer expectedVersion) {
		AlertRule before = changeable(id, expectedVersion);
		AlertRule changed = new AlertRule(id, before.name(), before.kind(), before.indicatorCode(), before.areaCode(),
				before.stateCode(), before.severity(), before.comparison(), before.bound(), before.changeMode(),
				before.outlierMethod(), before.deadline(), false, before.owner(), before.createdAt(), Instant.now(clock),
				before.version());
		return save(before, changed, "DEACTIVATE");
	}

	private AlertRule save(AlertRule before, AlertRule changed, String action) {
		// The version check and this conditional update together: whoever saves second is told, never overwrites.
		if (!rules.update(changed)) {
			throw new AlertConflictException("alerts.conflict.changed");
		}
		AlertRule saved = rules.find(before.id()).orElseThrow();
		audit.record(action, "AlertRule", saved.id(), saved.stateCode(), before.describe(), saved.describe());
		evaluateIfActive(saved);
		return saved;
	}

	private AlertRule changeable(long id, Integer expectedVersion) {
		CurrentUser user = writer();
		AlertRule rule = rules.find(id).orElseThrow(() -> new NotFoundException("Alert rule", id));
		if (!rule.mayBeChangedBy(user)) {
			throw new AccessDeniedException("An expert changes only the rules the expert wrote.");
		}
		if (expectedVersion == null || expectedVersion != rule.version()) {
			throw new AlertConflictException("alerts.conflict.changed");
		}
		return rule;
	}

	private void evaluateIfActive(AlertRule rule) {
		if (rule.active()) {
			evaluation.evaluate(rule);
		}
	}

	static CurrentUser writer() {
		CurrentUser user = CurrentUser.get();
		if (!AlertRule.mayWriteRules(user)) {
			throw new AccessDeniedException("Alert rules are written by the Secretariat and experts.");
		}
		return user;
	}
}
