package org.ots.platform.indicators;

import static org.assertj.core.api.Assertions.assertThat;

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

@IntegrationTest
class ObservationsApiTest {

	private static final AtomicInteger SOURCES = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	ApiClient coordinator;

	@BeforeEach
	void setUp() {
		accounts.ensure();
		coordinator = ApiClient.as(port, TestAccounts.COORDINATOR_KAZ);
	}

	static String freshSource() {
		return "Agency " + SOURCES.incrementAndGet() + "-" + System.nanoTime();
	}

	static Map<String, Object> value(String source, String period, Object value) {
		return Map.of("indicatorCode", "IT.NET.USER.ZS", "stateCode", "KAZ", "period", period, "source", source,
				"value", value, "status", "FINAL");
	}

	@Test
	void aCoordinatorEntersAValueOfItsStateAndEveryoneCanReadIt() {
		String source = freshSource();
		ApiClient.Response created = coordinator.post("/api/v1/observations", value(source, "2021", 76.4));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode observation = created.json().get("observation");
		assertThat(created.header("Location")).endsWith("/api/v1/observations/" + observation.get("id").asLong());
		assertThat(created.json().get("warnings")).isEmpty();

		JsonNode read = ApiClient.anonymous(port).get("/api/v1/observations/" + observation.get("id").asLong()).json();
		assertThat(read.get("value").asDouble()).isEqualTo(76.4);
		assertThat(read.get("source").asString()).isEqualTo(source);
		assertThat(read.get("status").asString()).isEqualTo("FINAL");
		assertThat(read.get("illustrative").asBoolean()).isFalse();
		assertThat(read.get("version").asInt()).isZero();
		assertThat(read.get("changedBy").asString()).isEqualTo(TestAccounts.COORDINATOR_KAZ);
	}

	@Test
	void refusesAnImpossibleValueWithTheReasonPerField() {
		ApiClient.Response refused = coordinator.post("/api/v1/observations",
				Map.of("indicatorCode", "IT.NET.USER.ZS", "stateCode", "KAZ", "period", "2999", "value", "120"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").propertyNames()).contains("period", "source", "value");
	}

	@Test
	void warnsAboutAValueFarFromTheRestOfItsSeries() {
		String source = freshSource();
		for (int year = 2010; year <= 2014; year++) {
			coordinator.post("/api/v1/observations", Map.of("indicatorCode", "IT.NET.USER.ZS", "stateCode", "KAZ",
					"period", String.valueOf(year), "source", source, "value", 50 + year % 3));
		}
		ApiClient.Response unusual = coordinator.post("/api/v1/observations", Map.of("indicatorCode",
				"IT.NET.USER.ZS", "stateCode", "KAZ", "period", "2015", "source", source, "value", 99));
		assertThat(unusual.status()).isEqualTo(201);
		assertThat(unusual.json().get("warnings").get(0).asString()).contains("far from this series");
	}

	@Test
	void searchesByIndicatorStateYearsAndSourceOnePageAtATime() {
		String source = freshSource();
		for (int year = 2001; year <= 2005; year++) {
			coordinator.post("/api/v1/observations", value(source, String.valueOf(year), 10 + year - 2000));
		}
		String query = "/api/v1/observations?indicator=IT.NET.USER.ZS&state=kaz&area=DIG&from=2002&to=2004&source="
				+ source.replace(" ", "%20");
		JsonNode first = ApiClient.anonymous(port).get(query + "&size=2").json();
		assertThat(first.get("total").asInt()).isEqualTo(3);
		assertThat(first.get("items").findValuesAsString("period")).containsExactly("2002", "2003");
		JsonNode second = ApiClient.anonymous(port).get(query + "&size=2&page=1").json();
		assertThat(second.get("items").findValuesAsString("period")).containsExactly("2004");
		assertThat(ApiClient.anonymous(port).get(query + "&referenceOnly=true").json().get("total").asInt()).isEqualTo(3);
	}

	@Test
	void twoEditorsOfTheSameVersionTheSecondGetsAConflictAndNothingIsOverwritten() {
		ApiClient.Response created = coordinator.post("/api/v1/observations", value(freshSource(), "2019", 60));
		long id = created.json().get("observation").get("id").asLong();
		ApiClient analyst = ApiClient.as(port, TestAccounts.ANALYST);
		int readByCoordinator = coordinator.get("/api/v1/observations/" + id).json().get("version").asInt();
		int readByAnalyst = analyst.get("/api/v1/observations/" + id).json().get("version").asInt();
		assertThat(readByCoordinator).isEqualTo(readByAnalyst).isZero();

		ApiClient.Response first = coordinator.put("/api/v1/observations/" + id,
				Map.of("value", "61.5", "status", "FINAL", "version", readByCoordinator));
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.json().get("observation").get("version").asInt()).isEqualTo(1);

		ApiClient.Response second = analyst.put("/api/v1/observations/" + id,
				Map.of("value", "59", "status", "ESTIMATE", "note", "my estimate", "version", readByAnalyst));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = second.json();
		assertThat(problem.get("currentVersion").asInt()).isEqualTo(1);
		assertThat(problem.get("attemptedVersion").asInt()).isZero();
		assertThat(problem.get("current").get("value").asDouble()).isEqualTo(61.5);
		assertThat(problem.get("current").get("changedBy").asString()).isEqualTo(TestAccounts.COORDINATOR_KAZ);
		assertThat(problem.get("attempted").get("value").asString()).isEqualTo("59");
		assertThat(problem.get("detail").asString()).contains("Nothing was overwritten");

		assertThat(analyst.get("/api/v1/observations/" + id).json().get("value").asDouble()).isEqualTo(61.5);
		JsonNode history = analyst.get("/api/v1/observations/" + id + "/history").json();
		assertThat(history).hasSize(1);
		assertThat(history.get(0).get("value").asDouble()).isEqualTo(60.0);
		assertThat(history.get(0).get("supersededBy").asString()).isEqualTo(TestAccounts.COORDINATOR_KAZ);
		assertThat(history.get(0).get("changeKind").asString()).isEqualTo("UPDATE");
	}

	@Test
	void aCorrectionWithoutVersionIsRefused() {
		long id = coordinator.post("/api/v1/observations", value(freshSource(), "2018", 40)).json().get("observation")
			.get("id").asLong();
		ApiClient.Response refused = coordinator.put("/api/v1/observations/" + id, Map.of("value", "41"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get("version").asString()).contains("send the version");
	}

	@Test
	void deletesWithTheVersionReadAndKeepsTheValueInTheHistory() {
		long id = coordinator.post("/api/v1/observations", value(freshSource(), "2017", 30)).json().get("observation")
			.get("id").asLong();
		assertThat(coordinator.delete("/api/v1/observations/" + id + "?version=5").status()).isEqualTo(409);
		assertThat(coordinator.delete("/api/v1/observations/" + id).status()).isEqualTo(400);
		assertThat(coordinator.delete("/api/v1/observations/" + id + "?version=0").status()).isEqualTo(204);
		assertThat(coordinator.get("/api/v1/observations/" + id).status()).isEqualTo(404);
		JsonNode history = coordinator.get("/api/v1/observations/" + id + "/history").json();
		assertThat(history.get(0).get("changeKind").asString()).isEqualTo("DELETE");
	}

	@Test
	void aSecondSourceBecomesTheReferenceOnRequest() {
		long first = coordinator.post("/api/v1/observations", value(freshSource(), "2016", 20)).json()
			.get("observation").get("id").asLong();
		JsonNode second = coordinator.post("/api/v1/observations", value(freshSource(), "2016", 21)).json()
			.get("observation");
		assertThat(second.get("reference").asBoolean()).isFalse();
		ApiClient.Response marked = coordinator.post("/api/v1/observations/" + second.get("id").asLong() + "/reference", null);
		assertThat(marked.status()).isEqualTo(200);
		assertThat(marked.json().get("reference").asBoolean()).isTrue();
		assertThat(coordinator.get("/api/v1/observations/" + first).json().get("reference").asBoolean()).isFalse();
	}

	@Test
	void aCoordinatorMayNotWriteAnotherStatesData() {
		ApiClient.Response refused = ApiClient.as(port, TestAccounts.COORDINATOR_AZE)
			.post("/api/v1/observations", value(freshSource(), "2020", 50));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("detail").asString()).contains("only for your own state");
	}

	@OnPostgres
	static class OnPostgresTest extends ObservationsApiTest {
	}
}
