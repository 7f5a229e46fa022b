package org.ots.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.identity.Role;

class AlertRuleTest {

	@Test
	void aRuleOfOneIndicatorCoversItsSeriesInItsStateOnly() {
		AlertRule rule = rule("IT.NET.USER.ZS", null, "KAZ", "t-expert");
		assertThat(rule.covers("IT.NET.USER.ZS", "DIG", "KAZ")).isTrue();
		assertThat(rule.covers("IT.NET.USER.ZS", "DIG", "AZE")).isFalse();
		assertThat(rule.covers("UN.EGDI", "DIG", "KAZ")).isFalse();
	}

	@Test
	void aRuleOfAnAreaForAllStatesCoversEverySeriesOfTheArea() {
		AlertRule rule = rule(null, "DIG", null, "t-expert");
		assertThat(rule.covers("UN.EGDI", "DIG", "OTS")).isTrue();
		assertThat(rule.covers("CLI.CO2.PC", "CLI", "KAZ")).isFalse();
	}

	@Test
	void theSecretariatChangesEveryRuleAnExpertOnlyTheOwn() {
		AlertRule rule = rule(null, "DIG", null, "t-expert");
		assertThat(rule.mayBeChangedBy(new CurrentUser("t-analyst", Role.SECRETARIAT_ANALYST, null, null))).isTrue();
		assertThat(rule.mayBeChangedBy(new CurrentUser("t-expert", Role.EXPERT, null, 1L))).isTrue();
		assertThat(rule.mayBeChangedBy(new CurrentUser("other-expert", Role.EXPERT, null, 1L))).isFalse();
		assertThat(AlertRule.mayWriteRules(new CurrentUser("t-examiner", Role.EXAMINER, "TUR", null))).isFalse();
		assertThat(AlertRule.mayWriteRules(CurrentUser.ANONYMOUS)).isFalse();
	}

	@Test
	void coordinatorsSeeAlertsOfTheirOwnStateOnlyAndAnonymousVisitorsNone() {
		assertThat(AlertBoard.maySee(Role.NATIONAL_COORDINATOR, "KAZ", "KAZ")).isTrue();
		assertThat(AlertBoard.maySee(Role.NATIONAL_COORDINATOR, "KAZ", "OTS")).isFalse();
		assertThat(AlertBoard.maySee(Role.EXAMINER, "TUR", "KAZ")).isTrue();
		assertThat(AlertBoard.maySee(null, null, "KAZ")).isFalse();
	}

	private static AlertRule rule(String indicator, String area, String state, String owner) {
		return new AlertRule(1L, "Rule", AlertKind.THRESHOLD, indicator, area, state, AlertSeverity.INFO,
				AlertRule.Comparison.ABOVE, 1.0, null, null, null, true, owner, Instant.EPOCH, Instant.EPOCH, 0);
	}
}
