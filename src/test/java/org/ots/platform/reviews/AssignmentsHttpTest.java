package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
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

/** The assignment over HTTP: the API and the page, for the Secretariat, the parties, another state and the public. */
@IntegrationTest
class AssignmentsHttpTest {

	/** Years 2520-2529 belong to this test. */
	private static final AtomicInteger YEARS = new AtomicInteger(2520);

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ReviewCycleService cycles;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		accounts.ensure();
		ExaminerAssignmentsTest.institutes(jdbc);
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	@Test
	void theSecretariatReadsTheExplainedProposalAndAcceptsIt() {
		long cycle = open();
		ApiClient analyst = ApiClient.as(port, TestAccounts.ANALYST);

		JsonNode proposal = analyst.get("/api/v1/cycles/" + cycle + "/assignments/proposal").json();
		assertThat(proposal.get("assignments")).hasSize(1);
		assertThat(proposal.get("assignments").get(0).get("explanation").get(0).asString()).contains("KAZ");

		ApiClient.Response accepted = analyst.post("/api/v1/cycles/" + cycle + "/assignments/proposal", null);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("assignments").get(0).get("examinerStates"))
			.isEqualTo(proposal.get("assignments").get(0).get("examinerStates"));
		assertThat(accepted.json().get("accepted").asBoolean()).isTrue();
	}

	@Test
	void aChangeThatBreaksARuleIsRefusedWithoutAReasonAndPartiesReadTheResult() {
		long cycle = open();
		ApiClient analyst = ApiClient.as(port, TestAccounts.ANALYST);
		analyst.post("/api/v1/cycles/" + cycle + "/assignments/proposal", null);
		int version = analyst.get("/api/v1/cycles/" + cycle + "/assignments").json().get("version").asInt();
		long uzbek = jdbc.sql("SELECT id FROM institution WHERE name = 'Test Institute'").query(Long.class).single();

		Map<String, Object> change = new LinkedHashMap<>();
		change.put("examinerStates", List.of("KGZ"));
		change.put("institutions", List.of(uzbek));
		change.put("version", version);
		ApiClient.Response refused = analyst.put("/api/v1/cycles/" + cycle + "/assignments/KAZ", change);
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.json().get("reasonLiftsRefusal").asBoolean()).isTrue();
		assertThat(refused.json().get("rules").get(0).asString()).contains("KAZ gets 1 examiner states instead of two");

		change.put("examinerStates", List.of("KGZ", "UZB"));
		change.put("reason", "Agreed at the Council");
		ApiClient.Response saved = analyst.put("/api/v1/cycles/" + cycle + "/assignments/KAZ", change);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);

		String path = "/api/v1/cycles/" + cycle + "/assignments";
		assertThat(ApiClient.as(port, TestAccounts.COORDINATOR_KAZ).get(path).status()).isEqualTo(200);
		assertThat(ApiClient.as(port, TestAccounts.EXPERT).get(path).status()).isEqualTo(200);
		assertThat(ApiClient.as(port, TestAccounts.COORDINATOR_AZE).get(path).status()).isEqualTo(403);
		assertThat(ApiClient.as(port, TestAccounts.EXAMINER).get(path).status()).isEqualTo(403);
		assertThat(ApiClient.anonymous(port).get(path).status()).isEqualTo(401);
		assertThat(ApiClient.as(port, TestAccounts.COORDINATOR_KAZ).put(path + "/KAZ", change).status()).isEqualTo(403);

		jdbc.sql("UPDATE review_cycle SET status = 'PUBLISHED' WHERE id = ?").param(cycle).update();
		assertThat(ApiClient.anonymous(port).get(path).json().get("assignments").get(0).get("examinerStates").toString())
			.contains("KGZ", "UZB");
	}

	@Test
	void refusalsAreClearMessagesNotErrors() {
		long cycle = open();
		ApiClient analyst = ApiClient.as(port, TestAccounts.ANALYST);

		ApiClient.Response notAccepted = analyst.put("/api/v1/cycles/" + cycle + "/assignments/KAZ",
				Map.of("examinerStates", List.of("TUR", "UZB"), "version", 0));
		assertThat(notAccepted.status()).isEqualTo(422);
		assertThat(notAccepted.json().get("detail").asString()).contains("Accept a proposal first");
		assertThat(analyst.get("/api/v1/cycles/999999/assignments").status()).isEqualTo(404);
		ApiClient.Response conflict = analyst.post("/api/v1/assignment-conflicts",
				Map.of("reviewedState", "KAZ", "reason", "no party"));
		assertThat(conflict.status()).isEqualTo(422);
	}

	@Test
	void thePageShowsTheProposalToTheSecretariatAndTheAssignmentToParties() {
		long cycle = open();
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		String page = "/reviews/" + cycle + "/assignments";

		HttpResponse<String> shown = analyst.get(page);
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).contains("have not examined KAZ").doesNotContain("??");
		assertThat(analyst.post(page + "/accept", Map.of()).statusCode()).isEqualTo(302);

		Map<String, String> form = new LinkedHashMap<>();
		form.put("state", "KAZ");
		form.put("examiners", "KGZ");
		form.put("version", "0");
		HttpResponse<String> refused = analyst.post(page + "/change", form);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("KAZ gets 1 examiner states instead of two");
		ApiClient.as(port, TestAccounts.ANALYST).put("/api/v1/cycles/" + cycle + "/assignments/KAZ",
				Map.of("examinerStates", List.of("KGZ", "UZB"), "institutions", List.of(), "reason", "Council", "version", 0));

		assertThat(WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ).get(page).statusCode()).isEqualTo(200);
		assertThat(WebSession.signedIn(port, TestAccounts.COORDINATOR_AZE).get(page).statusCode()).isEqualTo(403);
		assertThat(new WebSession(port).get(page).headers().firstValue("Location").orElse("")).contains("/login");
		for (String language : List.of("ru", "tr")) {
			assertThat(analyst.get(page + "?lang=" + language).body()).doesNotContain("??")
				.doesNotContain("have not examined");
		}
	}

	private long open() {
		accounts.actAs(TestAccounts.ANALYST);
		long id = cycles.open(YEARS.incrementAndGet(), LocalDate.of(2026, 11, 20), Set.of("KAZ"), ObserverPolicy.READ_ONLY)
			.id();
		TestAccounts.actAsNobody();
		return id;
	}

	@OnPostgres
	static class OnPostgresTest extends AssignmentsHttpTest {
	}
}
