package org.ots.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.indicators.ObservationEdit;
import org.ots.platform.indicators.ObservationService;
import org.ots.platform.shared.ScheduledLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Rules at work on real data changes: raised exactly once per rule, series and period, whether by an edit, the same
 * edit again or the daily run; who sees and acknowledges an alert; who is told of it, by inbox and e-mail.
 */
@IntegrationTest
class AlertsTest {

	/** The test profile points the platform's mail at this server's port (3025). */
	@RegisterExtension
	static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	ObservationService observations;

	@Autowired
	AlertRuleService rules;

	@Autowired
	AlertBoard board;

	@Autowired
	AlertSubscriptions subscriptions;

	@Autowired
	AlertSweep sweep;

	@Autowired
	ScheduledLock lock;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	/** A fresh indicator of the digital area for each test, so that no other test's data or rules touch it. */
	private String indicator;

	@BeforeEach
	void freshIndicator() {
		accounts.ensure();
		indicator = "T.ALERT." + SEQUENCE.incrementAndGet() + "." + Long.toString(System.nanoTime() % 46656, 36).toUpperCase();
		jdbc.sql("""
				INSERT INTO indicator (code, area_code, name_en, name_ru, name_tr, definition_en, unit, decimals, periodicity,
				  direction, lower_limit, upper_limit, source)
				VALUES (?, 'DIG', 'Alert test', 'Alert test', 'Alert test', 'An indicator whose values only the alert tests write.', '%', 1,
				  'ANNUAL', 'INCREASE', 0, 100, 'Test')""")
			.param(indicator)
			.update();
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	@Test
	void anEditRaisesOneAlertAndTheSameDataAgainNone() {
		accounts.actAs(TestAccounts.ANALYST);
		rules.create(threshold("Above 50", "KAZ", "ABOVE", "50"));
		int version = save("2024", "40", null);
		assertThat(alertsOfIndicator()).isZero();

		version = save("2024", "60", version);
		assertThat(alertsOfIndicator()).isEqualTo(1);
		Alert alert = onlyAlert();
		assertThat(alert.period()).isEqualTo("2024");
		assertThat(alert.value()).isEqualTo(60);
		assertThat(alert.reasonArgs()).containsExactly("60", "2024", "50");
		assertThat(alert.severity()).isEqualTo(AlertSeverity.WARNING);

		// the same value again with another status: the series changed, the finding did not
		observations.save(new ObservationEdit(indicator, "KAZ", "2024", "Test", "60", "PROVISIONAL", null, version));
		assertThat(alertsOfIndicator()).isEqualTo(1);
		assertThat(sweep.runOnce("test-instance")).isNotNegative();
		assertThat(alertsOfIndicator()).isEqualTo(1);
	}

	@Test
	void aNewPeriodBeyondTheBoundIsANewAlert() {
		accounts.actAs(TestAccounts.ANALYST);
		rules.create(threshold("Above 50", null, "ABOVE", "50"));
		save("2023", "60", null);
		save("2024", "70", null);
		assertThat(jdbc.sql("SELECT period FROM alert WHERE indicator_code = ? ORDER BY period").param(indicator)
			.query(String.class).list()).containsExactly("2023", "2024");
	}

	@Test
	void onlyRulesWhoseScopeCoversTheSeriesRun() {
		accounts.actAs(TestAccounts.ANALYST);
		rules.create(threshold("Kazakhstan only", "KAZ", "ABOVE", "50"));
		save("2024", "60", null, "AZE");
		assertThat(alertsOfIndicator()).isZero();
	}

	@Test
	void aRuleOverAnAreaWatchesEveryIndicatorOfIt() {
		accounts.actAs(TestAccounts.ANALYST);
		save("2020", "10", null);
		save("2021", "40", null);
		AlertRule rule = rules.create(new AlertRuleEdit("Digital jumps", "CHANGE", null, "DIG", "KAZ", "CRITICAL", "ABOVE",
				"100", "PERCENT", null, null, "true", null));
		try {
			// evaluated at once over the area: 10 -> 40 is +300%
			assertThat(onlyAlert().reasonArgs()).startsWith("300");
			assertThat(onlyAlert().ruleId()).isEqualTo(rule.id());
		}
		finally {
			// the other tests' indicators are of the same area
			rules.deactivate(rule.id(), rule.version());
		}
	}

	@Test
	void theDailyRunRaisesAMissingValueOnceHoweverOftenItRuns() {
		accounts.actAs(TestAccounts.ANALYST);
		AlertRule rule = rules.create(new AlertRuleEdit("Missing", "MISSING_AFTER_DEADLINE", indicator, null, "KAZ", "INFO",
				null, null, null, null, "01-01", "true", null));
		// raised when the rule was saved: no value of the last year is there
		assertThat(alertsOfIndicator()).isEqualTo(1);
		TestAccounts.actAsNobody();
		sweep.runOnce("instance-a");
		sweep.runOnce("instance-b");
		assertThat(alertsOfIndicator()).isEqualTo(1);
		assertThat(onlyAlert().ruleId()).isEqualTo(rule.id());
	}

	@Test
	void anotherInstanceHoldingTheLockMakesTheRunDoNothing() {
		assertThat(lock.tryAcquire(AlertSweep.LOCK, "other-instance", Duration.ofMinutes(5))).isTrue();
		try {
			assertThat(sweep.runOnce("this-instance")).isEqualTo(-1);
		}
		finally {
			lock.release(AlertSweep.LOCK, "other-instance");
		}
	}

	@Test
	void aCoordinatorSeesOnlyAlertsOfTheOwnStateAndAcknowledgesNone() {
		long alert = raisedAlertOfKazakhstan();

		accounts.actAs(TestAccounts.COORDINATOR_AZE);
		assertThatThrownBy(() -> board.get(alert)).isInstanceOf(AccessDeniedException.class);
		assertThat(board.visible(Alerts.Filter.ALL)).extracting(Alert::id).doesNotContain(alert);
		assertThat(board.visible(new Alerts.Filter(null, "KAZ", null, null))).isEmpty();
		assertThatThrownBy(() -> board.acknowledge(alert, "Seen")).isInstanceOf(AccessDeniedException.class);

		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		assertThat(board.get(alert).id()).isEqualTo(alert);
		assertThat(board.visible(Alerts.Filter.ALL)).extracting(Alert::stateCode).containsOnly("KAZ");
		assertThatThrownBy(() -> board.acknowledge(alert, "Seen")).isInstanceOf(AccessDeniedException.class);

		accounts.actAs(TestAccounts.EXAMINER);
		assertThat(board.get(alert).id()).isEqualTo(alert);
	}

	@Test
	void anExpertAcknowledgesWithACommentOnceAndItIsAudited() {
		long alert = raisedAlertOfKazakhstan();
		accounts.actAs(TestAccounts.EXPERT);
		assertThatThrownBy(() -> board.acknowledge(alert, "  ")).isInstanceOf(AlertInputException.class);

		Alert acknowledged = board.acknowledge(alert, "Checked with the statistical office: a revision.");
		assertThat(acknowledged.isOpen()).isFalse();
		assertThat(acknowledged.acknowledgedBy()).isEqualTo(TestAccounts.EXPERT);
		assertThat(acknowledged.comment()).isEqualTo("Checked with the statistical office: a revision.");
		assertThatThrownBy(() -> board.acknowledge(alert, "Again")).isInstanceOf(AlertConflictException.class);
		assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE entity_type = 'Alert' AND action = 'ACKNOWLEDGE' AND entity_id = ?")
			.param(String.valueOf(alert)).query(String.class).list()).containsExactly(TestAccounts.EXPERT);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Alert' AND action = 'RAISE' AND entity_id = ?")
			.param(String.valueOf(alert)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void openAlertsComeFirstThenTheMostSevere() {
		accounts.actAs(TestAccounts.ANALYST);
		save("2023", "10", null);
		save("2024", "60", null);
		rules.create(new AlertRuleEdit("Info", "THRESHOLD", indicator, null, "KAZ", "INFO", "ABOVE", "1", null, null, null,
				"true", null));
		rules.create(new AlertRuleEdit("Critical", "THRESHOLD", indicator, null, "KAZ", "CRITICAL", "ABOVE", "2", null, null,
				null, "true", null));
		AlertRule acknowledged = rules.create(new AlertRuleEdit("Critical, seen", "CHANGE", indicator, null, "KAZ",
				"CRITICAL", "EITHER", "1", "ABSOLUTE", null, null, "true", null));
		long seen = ofIndicator().stream().filter(a -> a.ruleId() == acknowledged.id()).findFirst().orElseThrow().id();
		board.acknowledge(seen, "Known");
		assertThat(ofIndicator()).extracting(Alert::ruleName).containsExactly("Critical", "Info", "Critical, seen");
	}

	@Test
	void subscribersAreToldByInboxAndMailAndOthersAreNot() throws Exception {
		accounts.actAs(TestAccounts.EXPERT);
		long expertSubscription = subscriptions.subscribe("DIG", null).id();
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		long kazSubscription = subscriptions.subscribe(null, null).id();
		accounts.actAs(TestAccounts.COORDINATOR_AZE);
		AlertSubscriptions.Subscription aze = subscriptions.subscribe("DIG", "");
		assertThat(aze.stateCode()).as("a coordinator subscribes to the own state").isEqualTo("AZE");
		try {
			raisedAlertOfKazakhstan();

			MimeMessage mail = onlyMailTo(TestAccounts.EXPERT);
			assertThat(mail.getSubject()).isEqualTo("New alert (Warning): " + indicator + ", KAZ, 2024");
			assertThat((String) mail.getContent()).contains("The value 60 for 2024 is above the bound 50.",
					"Rule: Above 50.");
			assertThat(onlyMailTo(TestAccounts.COORDINATOR_KAZ).getSubject()).isEqualTo(mail.getSubject());
			assertThat(jdbc.sql("SELECT COUNT(*) FROM inbox_message WHERE recipient = ? AND subject = ?")
				.params(TestAccounts.EXPERT, mail.getSubject()).query(Long.class).single()).isEqualTo(1);
			assertThat(mailsTo(TestAccounts.COORDINATOR_AZE)).isEmpty();
			assertThat(mailsTo(TestAccounts.ANALYST)).isEmpty();
		}
		finally {
			accounts.actAs(TestAccounts.EXPERT);
			subscriptions.unsubscribe(expertSubscription);
			accounts.actAs(TestAccounts.COORDINATOR_KAZ);
			subscriptions.unsubscribe(kazSubscription);
			accounts.actAs(TestAccounts.COORDINATOR_AZE);
			subscriptions.unsubscribe(aze.id());
		}
	}

	@Test
	void aCoordinatorCannotSubscribeToAnotherStateNorRemoveAnothersSubscription() {
		accounts.actAs(TestAccounts.COORDINATOR_AZE);
		assertThatThrownBy(() -> subscriptions.subscribe(null, "KAZ")).isInstanceOf(AccessDeniedException.class);
		accounts.actAs(TestAccounts.EXPERT);
		long mine = subscriptions.subscribe("TRN", "KGZ").id();
		accounts.actAs(TestAccounts.ANALYST);
		assertThatThrownBy(() -> subscriptions.unsubscribe(mine)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> subscriptions.subscribe("NOPE", null)).isInstanceOf(AlertInputException.class);
		accounts.actAs(TestAccounts.EXPERT);
		subscriptions.unsubscribe(mine);
	}

	/** Kazakhstan's value of 60 for 2024 above a bound of 50: one alert, its id. */
	private long raisedAlertOfKazakhstan() {
		accounts.actAs(TestAccounts.ANALYST);
		rules.create(threshold("Above 50", "KAZ", "ABOVE", "50"));
		save("2024", "60", null);
		TestAccounts.actAsNobody();
		return onlyAlert().id();
	}

	private AlertRuleEdit threshold(String name, String state, String comparison, String bound) {
		return new AlertRuleEdit(name, "THRESHOLD", indicator, null, state, "WARNING", comparison, bound, null, null, null,
				"true", null);
	}

	private int save(String period, String value, Integer version) {
		return save(period, value, version, "KAZ");
	}

	private int save(String period, String value, Integer version, String state) {
		return observations.save(new ObservationEdit(indicator, state, period, "Test", value, "FINAL", null, version))
			.observation()
			.version();
	}

	private long alertsOfIndicator() {
		return jdbc.sql("SELECT COUNT(*) FROM alert WHERE indicator_code = ?").param(indicator).query(Long.class).single();
	}

	private Alert onlyAlert() {
		List<Alert> alerts = ofIndicator();
		assertThat(alerts).hasSize(1);
		return alerts.get(0);
	}

	/** The alerts of this test's indicator, in the board's order, as the Secretariat sees them. */
	private List<Alert> ofIndicator() {
		accounts.actAs(TestAccounts.ANALYST);
		return board.visible(Alerts.Filter.ALL).stream().filter(a -> a.indicatorCode().equals(indicator)).toList();
	}

	private MimeMessage onlyMailTo(String username) throws Exception {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(username).isEmpty());
		List<MimeMessage> mails = mailsTo(username);
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

	private List<MimeMessage> mailsTo(String username) throws Exception {
		return Arrays.stream(mailServer.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch(a -> a.toString().equals(username + "@example.org")) && m.getSubject().contains(indicator);
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	@OnPostgres
	static class OnPostgresTest extends AlertsTest {
	}
}
