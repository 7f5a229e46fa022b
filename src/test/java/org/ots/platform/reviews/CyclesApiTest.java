package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.ApiClient;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The review cycles over the JSON API: public facts for anyone, the Secretariat's commands, clear refusals. */
@IntegrationTest
class CyclesApiTest {

	/** The years of this class's cycles (2400-2414 of the cycles part's 2400-2499). */
	private static final AtomicInteger YEARS = new AtomicInteger(2400);

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	ApiClient analyst;

	@BeforeEach
	void setUp() {
		accounts.ensure();
		analyst = ApiClient.as(port, TestAccounts.ANALYST);
	}

	@Test
	void theSecretariatPlansACycleAndRunsItStepByStep() {
		int year = YEARS.incrementAndGet();
		ApiClient.Response created = analyst.post("/api/v1/cycles",
				Map.of("year", year, "meetingDate", "2026-11-20", "states", List.of("KAZ", "TUR")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode cycle = created.json();
		assertThat(cycle.get("status").asString()).isEqualTo("PLANNED");
		assertThat(cycle.get("reviewedStates").toString()).isEqualTo("[\"KAZ\",\"TUR\"]");
		assertThat(cycle.get("deadlines").get("QUESTIONS_DUE").asString()).isEqualTo("2026-11-06");
		String path = created.header("Location");

		JsonNode advanced = analyst.post(path + "/advance", Map.of("version", 0)).json();
		assertThat(advanced.get("status").asString()).isEqualTo("SELF_ASSESSMENT");

		ApiClient.Response moved = analyst.put(path + "/deadlines/QUESTIONS_DUE", Map.of("date", "2026-10-30", "version", 1));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().get("deadlines").get("QUESTIONS_DUE").asString()).isEqualTo("2026-10-30");

		assertThat(analyst.post(path + "/postpone", Map.of("reason", "Summit moved")).json().get("status").asString())
			.isEqualTo("POSTPONED");
		JsonNode resumed = analyst.post(path + "/resume", Map.of("meetingDate", "2026-12-04")).json();
		assertThat(resumed.get("status").asString()).isEqualTo("SELF_ASSESSMENT");
		assertThat(resumed.get("meetingDate").asString()).isEqualTo("2026-12-04");
		assertThat(analyst.post(path + "/withdraw", Map.of("reason", "Council decision")).json().get("status").asString())
			.isEqualTo("WITHDRAWN");
	}

	@Test
	void anyoneReadsThePublicFactsButNotTheSecretariatsReasons() {
		String path = plannedCycle();
		analyst.post(path + "/withdraw", Map.of("reason", "Internal reason"));

		ApiClient.Response visitor = ApiClient.anonymous(port).get(path);

		assertThat(visitor.status()).isEqualTo(200);
		assertThat(visitor.json().get("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(visitor.body()).doesNotContain("Internal reason");
		assertThat(analyst.get(path).body()).contains("Internal reason");
		assertThat(ApiClient.anonymous(port).get("/api/v1/cycles").status()).isEqualTo(200);
	}

	@Test
	void aCoordinatorOrAnExaminerIsRefusedAndAnAnonymousCallerAskedToSignIn() {
		String path = plannedCycle();
		for (String user : List.of(TestAccounts.COORDINATOR_KAZ, TestAccounts.EXAMINER, TestAccounts.EXPERT)) {
			assertThat(ApiClient.as(port, user).post(path + "/advance", null).status()).isEqualTo(403);
			assertThat(ApiClient.as(port, user).post("/api/v1/cycles", Map.of("year", 2399, "meetingDate", "2026-11-20"))
				.status()).isEqualTo(403);
		}
		assertThat(ApiClient.anonymous(port).post(path + "/advance", null).status()).isEqualTo(401);
		assertThat(analyst.get(path).json().get("status").asString()).isEqualTo("PLANNED");
	}

	@Test
	void aMoveTheRulesRefuseIsAConflictWithTheRuleAsMessage() {
		String path = plannedCycle();

		ApiClient.Response resume = analyst.post(path + "/resume", null);
		assertThat(resume.status()).isEqualTo(409);
		assertThat(resume.json().get("detail").asString()).contains("Only a postponed cycle can be resumed");

		ApiClient.Response disorder = analyst.put(path + "/deadlines/QUESTIONS_DUE", Map.of("date", "2026-12-01"));
		assertThat(disorder.status()).isEqualTo(409);
		assertThat(disorder.json().get("detail").asString()).contains("Answers must be due after the questions");

		ApiClient.Response noReason = analyst.post(path + "/postpone", Map.of());
		assertThat(noReason.status()).isEqualTo(409);
		assertThat(noReason.json().get("detail").asString()).contains("reason");
	}

	@Test
	void aStaleVersionIsRefusedAndNothingMoves() {
		String path = plannedCycle();
		analyst.post(path + "/advance", Map.of("version", 0));

		ApiClient.Response stale = analyst.post(path + "/advance", Map.of("version", 0));

		assertThat(stale.status()).isEqualTo(409);
		assertThat(analyst.get(path).json().get("status").asString()).isEqualTo("SELF_ASSESSMENT");
	}

	@Test
	void badRequestsAreAnsweredClearly() {
		assertThat(analyst.get("/api/v1/cycles/999999").status()).isEqualTo(404);
		assertThat(analyst.put(plannedCycle() + "/deadlines/NO_SUCH_DATE", Map.of("date", "2026-10-01")).status())
			.isEqualTo(400);
		assertThat(analyst.post("/api/v1/cycles", Map.of("year", YEARS.incrementAndGet())).status()).isEqualTo(409);
		Map<String, Object> badDate = new LinkedHashMap<>();
		badDate.put("year", YEARS.incrementAndGet());
		badDate.put("meetingDate", "20 November");
		assertThat(analyst.post("/api/v1/cycles", badDate).status()).isEqualTo(400);
		int year = YEARS.incrementAndGet();
		analyst.post("/api/v1/cycles", Map.of("year", year, "meetingDate", "2026-11-20"));
		ApiClient.Response twice = analyst.post("/api/v1/cycles", Map.of("year", year, "meetingDate", "2026-11-20"));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.json().get("detail").asString()).contains("exists already");
	}

	private String plannedCycle() {
		ApiClient.Response created = analyst.post("/api/v1/cycles",
				Map.of("year", YEARS.incrementAndGet(), "meetingDate", "2026-11-20", "states", List.of("KAZ")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.header("Location");
	}

	@OnPostgres
	static class OnPostgresTest extends CyclesApiTest {
	}
}
