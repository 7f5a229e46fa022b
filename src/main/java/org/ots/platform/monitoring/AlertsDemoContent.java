package org.ots.platform.monitoring;

import java.time.Clock;
import java.time.Instant;

import org.ots.platform.identity.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's alert rule, over an illustrative series, so that the board shows a live alert from the first start:
 * renewable electricity below 5% of generation. Among the generated (not real) series, Uzbekistan's ends at 3.8%
 * in 2024, so the rule fires there; the alert is marked illustrative because its value is.
 */
@Component
public class AlertsDemoContent {

	static final String RULE_NAME = "Renewable electricity below 5% (illustrative demo rule)";

	private final AlertRules rules;
	private final AlertEvaluation evaluation;
	private final AuditTrail audit;
	private final Clock clock;

	AlertsDemoContent(AlertRules rules, AlertEvaluation evaluation, AuditTrail audit, Clock clock) {
		this.rules = rules;
		this.evaluation = evaluation;
		this.audit = audit;
		this.clock = clock;
	}

	/** Writes the demo rule once and runs it over the data; the number of alerts raised. */
	@Transactional
	public int load() {
		if (rules.all().stream().anyMatch(r -> r.name().equals(RULE_NAME))) {
			return 0;
		}
		Instant now = Instant.now(clock);
		AlertRule rule = rules.insert(new AlertRule(null, RULE_NAME, AlertKind.THRESHOLD, "CLI.RENEW.ELEC", null, null,
				AlertSeverity.WARNING, AlertRule.Comparison.BELOW, 5.0, null, null, null, true, "demo", now, now, 0));
		audit.recordAs("demo", "DEMO_LOAD", "AlertRule", rule.id(), null, null, rule.describe());
		return evaluation.evaluate(rule);
	}
}
