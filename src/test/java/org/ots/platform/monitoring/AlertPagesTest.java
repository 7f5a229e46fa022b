package org.ots.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.ApiClient;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The board and the rules over HTTP: refused input answered beside its field (page) or as a problem with the
 * fields (API), never a 500; conflicts as 409; the board as each kind of user sees it.
 */
@IntegrationTest
class AlertPagesTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void accountsExist() {
		accounts.ensure();
	}

	@Test
	void aRuleWithoutItsParametersIsRefusedFieldByField() {
		ApiClient expert = ApiClient.as(port, TestAccounts.EXPERT);
		Map<String, Object> rule = rule("Missing bound");
		rule.remove("bound");
		rule.put("comparison", "SIDEWAYS");
		ApiClient.Response refused = expert.post("/api/v1/alert-rules", rule);
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		JsonNode errors = refused.json().get("errors");
		assertThat(errors.get("bound").asString()).isEqualTo("Write the bound as a number.");
		assertThat(errors.get("comparison").asString()).isEqualTo("Choose above or below.");

		rule.put("kind", "MISSING_AFTER_DEADLINE");
		rule.put("deadline", "13-45");
		rule.put("indicatorCode", "NO.SUCH.INDICATOR");
		JsonNode more = expert.post("/api/v1/alert-rules", rule).json().get("errors");
		assertThat(more.get("deadline").asString()).startsWith("Write the deadline as month and day");
		assertThat(more.get("indicatorCode").asString()).isEqualTo("There is no indicator with this code.");
	}

	@Test
	void theFormShowsTheReasonsBesideTheFieldsInTheUsersLanguage() {
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		Map<String, String> form = new LinkedHashMap<>();
		rule("No bound").forEach((k, v) -> form.put(k, v == null ? "" : String.valueOf(v)));
		form.put("bound", "many");
		analyst.get("/monitoring/rules/new?lang=ru");
		HttpResponse<String> page = analyst.post("/monitoring/rules", form);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Правило не сохранено", "Укажите границу числом.");
	}

	@Test
	void aStaleVersionIsAConflictAndAnotherExpertsRuleIsNotAnExpertsToChange() {
		ApiClient analyst = ApiClient.as(port, TestAccounts.ANALYST);
		ApiClient.Response created = analyst.post("/api/v1/alert-rules", rule("Conflict"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String location = created.header("Location");
		Map<String, Object> edit = rule("Conflict, renamed");
		edit.put("expectedVersion", 0);
		assertThat(analyst.put(location, edit).status()).isEqualTo(200);
		ApiClient.Response stale = analyst.put(location, edit);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("detail").asString()).startsWith("Someone else changed this rule meanwhile");

		// the analyst's rule: not the expert's to change
		edit.put("expectedVersion", 1);
		assertThat(ApiClient.as(port, TestAccounts.EXPERT).put(location, edit).status()).isEqualTo(403);
		assertThat(analyst.get("/api/v1/alert-rules/999999").status()).isEqualTo(404);
		assertThat(analyst.get("/api/v1/alerts?severity=LOUD").status()).isEqualTo(400);
	}

	@Test
	void theBoardShowsWhyAndOffersAcknowledgementToTheSecretariatAndExpertsOnly() {
		long alert = alertOf("KAZ");
		String expertsBoard = WebSession.signedIn(port, TestAccounts.EXPERT).get("/monitoring/alerts?state=KAZ").body();
		assertThat(expertsBoard).contains("id=\"alert-" + alert + "\"", "The value 1001 for 2024 is above the bound 1000.",
				"/monitoring/alerts/" + alert + "/acknowledge");

		String kazakhBoard = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ).get("/monitoring/alerts").body();
		assertThat(kazakhBoard).contains("id=\"alert-" + alert + "\"").doesNotContain("/acknowledge");
		String azerbaijanBoard = WebSession.signedIn(port, TestAccounts.COORDINATOR_AZE).get("/monitoring/alerts?state=KAZ").body();
		assertThat(azerbaijanBoard).doesNotContain("id=\"alert-" + alert + "\"");
		assertThat(ApiClient.as(port, TestAccounts.COORDINATOR_AZE).get("/api/v1/alerts/" + alert).status()).isEqualTo(403);
		assertThat(ApiClient.anonymous(port).get("/api/v1/alerts").status()).isEqualTo(401);
	}

	@Test
	void anAcknowledgementWithoutACommentIsRefusedAndASecondOneIsAConflict() {
		long alert = alertOf("KAZ");
		ApiClient expert = ApiClient.as(port, TestAccounts.EXPERT);
		ApiClient.Response blank = expert.post("/api/v1/alerts/" + alert + "/acknowledge", Map.of("comment", ""));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().get("errors").get("comment").asString()).startsWith("Write a comment");
		JsonNode done = expert.post("/api/v1/alerts/" + alert + "/acknowledge", Map.of("comment", "Known revision")).json();
		assertThat(done.get("open").asBoolean()).isFalse();
		assertThat(done.get("acknowledgedBy").asString()).isEqualTo(TestAccounts.EXPERT);
		assertThat(ApiClient.as(port, TestAccounts.ANALYST)
			.post("/api/v1/alerts/" + alert + "/acknowledge", Map.of("comment", "Me too")).status()).isEqualTo(409);
	}

	private Map<String, Object> rule(String name) {
		Map<String, Object> rule = new LinkedHashMap<>();
		rule.put("name", name + " " + SEQUENCE.incrementAndGet());
		rule.put("kind", "THRESHOLD");
		rule.put("indicatorCode", "IT.NET.USER.ZS");
		rule.put("stateCode", "KAZ");
		rule.put("severity", "INFO");
		rule.put("comparison", "ABOVE");
		rule.put("bound", "1000");
		return rule;
	}

	/** An open alert of this state, of a rule of its own, written straight to the database. */
	private long alertOf(String state) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO alert_rule (name, kind, indicator_code, severity, comparison, bound, active, owner, created_at,
				  updated_at, version)
				VALUES ('Pages test', 'THRESHOLD', 'IT.NET.USER.ZS', 'WARNING', 'ABOVE', 1000, FALSE, 'test', CURRENT_TIMESTAMP,
				  CURRENT_TIMESTAMP, 0)""")
			.update(keys, "id");
		long rule = keys.getKey().longValue();
		var alertKeys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO alert (rule_id, indicator_code, area_code, state_code, period, severity, obs_value, reason_key,
				  reason_args, raised_at)
				VALUES (?, 'IT.NET.USER.ZS', 'DIG', ?, '2024', 'WARNING', 1001, 'alerts.reason.THRESHOLD.ABOVE',
				  '1001|2024|1000', CURRENT_TIMESTAMP)""")
			.params(rule, state)
			.update(alertKeys, "id");
		return alertKeys.getKey().longValue();
	}

	@OnPostgres
	static class OnPostgresTest extends AlertPagesTest {
	}
}
