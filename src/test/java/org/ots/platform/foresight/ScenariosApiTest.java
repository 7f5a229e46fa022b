package org.ots.platform.foresight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.ApiClient;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.identity.Role;
import org.ots.platform.identity.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Scenarios through the API: an expert's assumptions come back as values beside the baseline, every save is a new
 * version and old versions stay as they were, a stale save is refused, mistakes are reported per row, only the
 * Secretariat and the author change a scenario, and no published figure moves.
 */
@IntegrationTest
class ScenariosApiTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final String OTHER_EXPERT = "t-expert-scenarios";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserAccounts users;

	@Autowired
	ProjectionUpdater updater;

	String indicator;

	ApiClient expert;

	@BeforeEach
	void aShareWithTenYearsOfValuesAndATarget() {
		accounts.ensure();
		if (jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(OTHER_EXPERT).query(Long.class).single() == 0) {
			Long institution = jdbc.sql("SELECT id FROM institution WHERE name = 'Test Institute'").query(Long.class).single();
			users.createWithPassword("test", OTHER_EXPERT, OTHER_EXPERT, OTHER_EXPERT + "@example.org", Role.EXPERT, null,
					institution, TestAccounts.PASSWORD);
		}
		indicator = "T.SCN." + SEQUENCE.incrementAndGet() + "." + Long.toString(System.nanoTime() % 46656, 36).toUpperCase();
		jdbc.sql("""
				INSERT INTO indicator (code, area_code, name_en, name_ru, name_tr, definition_en, unit, decimals, periodicity,
				  direction, lower_limit, upper_limit, source)
				VALUES (?, 'CLI', 'Scenario test share', 'Scenario test share', 'Scenario test share',
				  'A share in percent whose values only the scenario tests write.', '%', 1, 'ANNUAL', 'INCREASE', 0, 100, 'Test')""")
			.param(indicator)
			.update();
		for (int year = 2015; year <= 2024; year++) {
			jdbc.sql("""
					INSERT INTO observation (indicator_code, state_code, period, obs_year, source, obs_value, status, reference,
					  illustrative, changed_by, changed_at, version)
					VALUES (?, 'KAZ', ?, ?, 'Scenario test source', ?, 'FINAL', TRUE, FALSE, 'test', CURRENT_TIMESTAMP, 0)""")
				.params(indicator, Integer.toString(year), year, 20.0 + year - 2015)
				.update();
		}
		jdbc.sql("INSERT INTO target (indicator_code, state_code, target_value, target_year, origin) VALUES (?, 'KAZ', 40, 2030, 'Test plan')")
			.param(indicator)
			.update();
		updater.recompute(indicator, "KAZ");
		expert = ApiClient.as(port, TestAccounts.EXPERT);
	}

	private Map<String, Object> scenario(String title, Integer expectedVersion, String kind, String points) {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("title", title);
		body.put("rationale", "Capacity of the new plants as announced.");
		body.put("expectedVersion", expectedVersion);
		body.put("paths", List.of(Map.of("indicator", indicator, "state", "KAZ", "kind", kind, "points", points)));
		return body;
	}

	@Test
	void anExpertsAssumptionsComeBackAsValuesBesideTheBaselineWithTheTargetVerdict() {
		ApiClient.Response created = expert.post("/api/v1/scenarios", scenario("Fast build-out", null, "LEVEL", "2027=35; 2030=50"));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode path = created.json().get("paths").get(0);
		assertThat(created.json().get("version").asInt()).isEqualTo(1);
		assertThat(created.json().get("author").asString()).isEqualTo(TestAccounts.EXPERT);
		assertThat(path.get("startYear").asInt()).isEqualTo(2024);
		assertThat(path.get("startValue").asDouble()).isEqualTo(29.0);
		JsonNode years = path.get("years");
		assertThat(years).hasSize(6);
		// 29 in 2024 to 35 in 2027: +2 a year; then to 50 in 2030: +5 a year.
		assertThat(years.get(0).get("year").asInt()).isEqualTo(2025);
		assertThat(years.get(0).get("value").asDouble()).isCloseTo(31.0, within(1e-9));
		assertThat(years.get(5).get("value").asDouble()).isCloseTo(50.0, within(1e-9));
		assertThat(years.get(5).get("baseline").isNull()).isFalse();
		assertThat(path.get("valueInTargetYear").asDouble()).isCloseTo(50.0, within(1e-9));
		assertThat(path.get("meetsTarget").asBoolean()).isTrue();
		assertThat(created.header("Location")).endsWith("/api/v1/scenarios/" + created.json().get("id").asLong());
	}

	@Test
	void aNewVersionLeavesTheEarlierOneReadableAsItWas() {
		long id = expert.post("/api/v1/scenarios", scenario("Steady", null, "GROWTH_RATE", "2030=1")).json().get("id").asLong();

		ApiClient.Response second = expert.put("/api/v1/scenarios/" + id, scenario("Steady, revised", 1, "GROWTH_RATE", "2030=3"));

		assertThat(second.status()).as(second.body()).isEqualTo(200);
		assertThat(second.json().get("version").asInt()).isEqualTo(2);
		JsonNode first = expert.get("/api/v1/scenarios/" + id + "?version=1").json();
		assertThat(first.get("title").asString()).isEqualTo("Steady");
		assertThat(first.get("latestVersion").asInt()).isEqualTo(2);
		assertThat(first.get("paths").get(0).get("points").asString()).isEqualTo("2030=1");
		assertThat(first.get("paths").get(0).get("years").get(0).get("value").asDouble()).isCloseTo(29.29, within(1e-9));
		assertThat(expert.get("/api/v1/scenarios/" + id).json().get("title").asString()).isEqualTo("Steady, revised");
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_type = 'Scenario' AND entity_id = ? ORDER BY id")
			.param(String.valueOf(id)).query(String.class).list()).containsExactly("CREATE", "UPDATE");
	}

	@Test
	void aSaveBasedOnAVersionSomeoneElseReplacedIsRefusedAndNothingIsWritten() {
		long id = expert.post("/api/v1/scenarios", scenario("Contested", null, "GROWTH_RATE", "2030=2")).json().get("id").asLong();
		ApiClient analyst = ApiClient.as(port, TestAccounts.ANALYST);
		assertThat(analyst.put("/api/v1/scenarios/" + id, scenario("Secretariat's view", 1, "GROWTH_RATE", "2030=4")).status())
			.isEqualTo(200);

		ApiClient.Response stale = expert.put("/api/v1/scenarios/" + id, scenario("Expert's view", 1, "GROWTH_RATE", "2030=6"));

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("detail").asString()).contains("changed the scenario meanwhile");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM scenario_version WHERE scenario_id = ?").param(id).query(Long.class).single())
			.isEqualTo(2);
		assertThat(expert.get("/api/v1/scenarios/" + id).json().get("title").asString()).isEqualTo("Secretariat's view");
	}

	@Test
	void eachMistakeIsReportedBesideItsRowAndNothingIsSaved() {
		long before = jdbc.sql("SELECT COUNT(*) FROM scenario").query(Long.class).single();
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("title", "");
		body.put("rationale", "Because.");
		body.put("paths", List.of(Map.of("indicator", indicator, "state", "KAZ", "kind", "LEVEL", "points", "2020=30"),
				Map.of("indicator", "NO.SUCH.CODE", "state", "KAZ", "kind", "LEVEL", "points", "2030=1"),
				Map.of("indicator", indicator, "state", "AZE", "kind", "LEVEL", "points", "2030=1"),
				Map.of("indicator", indicator, "state", "TUR", "kind", "LEVEL", "points", "in 2030 about 5")));

		ApiClient.Response refused = expert.post("/api/v1/scenarios", body);

		assertThat(refused.status()).isEqualTo(400);
		JsonNode errors = refused.json().get("errors");
		assertThat(errors.get("title").asString()).isEqualTo("A title is required.");
		assertThat(errors.get("paths[0].points").asString()).contains("after the last observed value");
		assertThat(errors.get("paths[1].indicator").asString()).isEqualTo("Choose an indicator of the framework.");
		assertThat(errors.get("paths[2].state").asString()).isEqualTo("This series has no annual value to start from.");
		assertThat(errors.get("paths[3].state").asString()).isEqualTo("This series has no annual value to start from.");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM scenario").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void pointsBadlyWrittenOrBeyondTheLimitsAreRefused() {
		ApiClient.Response format = expert.post("/api/v1/scenarios", scenario("Bad", null, "LEVEL", "2030 about 5"));
		ApiClient.Response limit = expert.post("/api/v1/scenarios", scenario("Bad", null, "LEVEL", "2030=120"));
		ApiClient.Response rate = expert.post("/api/v1/scenarios", scenario("Bad", null, "GROWTH_RATE", "2030=-100"));
		ApiClient.Response twice = expert.post("/api/v1/scenarios", scenario("Bad", null, "GROWTH_RATE", "2030=1; 2030=2"));
		ApiClient.Response explosive = expert.post("/api/v1/scenarios", scenario("Bad", null, "GROWTH_RATE", "2074=99999999999"));

		assertThat(format.json().get("errors").get("paths[0].points").asString()).contains("year=value");
		assertThat(limit.json().get("errors").get("paths[0].points").asString()).contains("natural limits");
		assertThat(rate.json().get("errors").get("paths[0].points").asString()).contains("above -100%");
		assertThat(twice.json().get("errors").get("paths[0].points").asString()).isEqualTo("A year appears twice.");
		assertThat(explosive.json().get("errors").get("paths[0].points").asString()).contains("at most 1000%");
	}

	@Test
	void onlyTheAuthorAndTheSecretariatChangeAScenarioAndCoordinatorsWriteNone() {
		long id = expert.post("/api/v1/scenarios", scenario("Mine", null, "GROWTH_RATE", "2030=2")).json().get("id").asLong();

		assertThat(ApiClient.as(port, OTHER_EXPERT).put("/api/v1/scenarios/" + id, scenario("Theirs", 1, "GROWTH_RATE", "2030=9"))
			.status()).isEqualTo(403);
		assertThat(ApiClient.as(port, TestAccounts.COORDINATOR_KAZ)
			.post("/api/v1/scenarios", scenario("Coordinator", null, "GROWTH_RATE", "2030=9")).status()).isEqualTo(403);
		assertThat(ApiClient.anonymous(port).get("/api/v1/scenarios/" + id).status()).isEqualTo(401);
		assertThat(ApiClient.as(port, TestAccounts.COORDINATOR_KAZ).get("/api/v1/scenarios/" + id).status()).isEqualTo(200);
		assertThat(expert.get("/api/v1/scenarios/" + id).json().get("version").asInt()).isEqualTo(1);
	}

	@Test
	void aWithdrawnScenarioStaysReadableButTakesNoNewVersion() {
		long id = expert.post("/api/v1/scenarios", scenario("Short-lived", null, "GROWTH_RATE", "2030=2")).json().get("id").asLong();

		ApiClient.Response withdrawn = expert.post("/api/v1/scenarios/" + id + "/withdraw",
				Map.of("version", 1, "reason", "Superseded by the new plan"));

		assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
		assertThat(withdrawn.json().get("withdrawnReason").asString()).isEqualTo("Superseded by the new plan");
		assertThat(expert.put("/api/v1/scenarios/" + id, scenario("Again", 1, "GROWTH_RATE", "2030=3")).status()).isEqualTo(403);
		assertThat(expert.get("/api/v1/scenarios/" + id).json().get("paths").get(0).get("years")).isNotEmpty();
	}

	@Test
	void savingAScenarioChangesNoObservationAndNoProjection() {
		String observations = jdbc.sql("SELECT STRING_AGG(CAST(obs_value AS VARCHAR(40)), ',') FROM observation WHERE indicator_code = ?")
			.param(indicator).query(String.class).single();
		String projection = jdbc.sql("SELECT fingerprint || computed_at FROM series_projection WHERE indicator_code = ? AND state_code = 'KAZ'")
			.param(indicator).query(String.class).single();

		expert.post("/api/v1/scenarios", scenario("Harmless", null, "LEVEL", "2030=99"));

		assertThat(jdbc.sql("SELECT STRING_AGG(CAST(obs_value AS VARCHAR(40)), ',') FROM observation WHERE indicator_code = ?")
			.param(indicator).query(String.class).single()).isEqualTo(observations);
		assertThat(jdbc.sql("SELECT fingerprint || computed_at FROM series_projection WHERE indicator_code = ? AND state_code = 'KAZ'")
			.param(indicator).query(String.class).single()).isEqualTo(projection);
	}

	@OnPostgres
	static class OnPostgresTest extends ScenariosApiTest {
	}
}
