package org.ots.platform.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class FrameworkApiTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	ApiClient analyst;

	@BeforeEach
	void setUp() {
		accounts.ensure();
		analyst = ApiClient.as(port, TestAccounts.ANALYST);
	}

	static Map<String, Object> indicator(String code, String area) {
		Map<String, Object> body = new HashMap<>();
		body.put("code", code);
		body.put("areaCode", area);
		body.put("name", Map.of("en", "Rail freight share", "ru", "Доля железнодорожных грузов", "tr", "Demiryolu yük payı"));
		body.put("definition", Map.of("en", "Share of rail in inland freight tonne-km."));
		body.put("unit", "%");
		body.put("decimals", 1);
		body.put("direction", "INCREASE");
		body.put("lowerLimit", 0);
		body.put("upperLimit", 100);
		body.put("source", "National statistics offices");
		body.put("sourceUrl", "https://example.org/rail");
		body.put("methodology", "Tonne-km by rail divided by all inland tonne-km.");
		return body;
	}

	static String freshCode(String prefix) {
		return prefix + SEQUENCE.incrementAndGet() + Long.toString(System.nanoTime() % 100000, 36).toUpperCase();
	}

	@Test
	void listsTheSeededAreasAndIndicatorsPublicly() {
		ApiClient anonymous = ApiClient.anonymous(port);
		JsonNode areas = anonymous.get("/api/v1/areas").json();
		assertThat(areas.findValuesAsString("code")).contains("TRN", "TRD", "CLI", "DIG", "FOOD");
		JsonNode page = anonymous.get("/api/v1/indicators?area=DIG&size=2").json();
		assertThat(page.get("size").asInt()).isEqualTo(2);
		assertThat(page.get("items")).hasSizeLessThanOrEqualTo(2);
		assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(page.get("items").size());
		page.get("items").forEach(item -> assertThat(item.get("areaCode").asString()).isEqualTo("DIG"));
		JsonNode one = anonymous.get("/api/v1/indicators/SP.POP.TOTL").json();
		assertThat(one.get("name").get("ru").asString()).isEqualTo("Население, всего");
		assertThat(one.get("version").isNumber()).isTrue();
	}

	@Test
	void searchesIndicatorsByTextInAnyLanguage() {
		JsonNode page = ApiClient.anonymous(port).get("/api/v1/indicators?q=%D0%BD%D0%B0%D1%81%D0%B5%D0%BB%D0%B5%D0%BD%D0%B8%D0%B5").json();
		assertThat(page.get("items").findValuesAsString("code")).contains("SP.POP.TOTL");
	}

	@Test
	void secretariatCreatesAndChangesAnIndicatorWithAnAuditEntryForEach() {
		String code = freshCode("TRN.RAIL");
		ApiClient.Response created = analyst.post("/api/v1/indicators", indicator(code, "TRN"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.header("Location")).endsWith("/api/v1/indicators/" + code);

		Map<String, Object> change = indicator(code, "TRD");
		change.put("unit", "percent");
		change.put("version", created.json().get("version").asInt());
		ApiClient.Response updated = analyst.put("/api/v1/indicators/" + code, change);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("areaCode").asString()).isEqualTo("TRD");
		assertThat(updated.json().get("version").asInt()).isEqualTo(created.json().get("version").asInt() + 1);

		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_type = 'Indicator' AND entity_id = ? ORDER BY id")
			.param(code).query(String.class).list()).containsExactly("CREATE", "UPDATE");
		String before = jdbc.sql("SELECT before_value FROM audit_entry WHERE entity_id = ? AND action = 'UPDATE'")
			.param(code).query(String.class).single();
		assertThat(before).contains("\"unit\":\"%\"");
	}

	@Test
	void refusesAnInvalidIndicatorWithTheReasonPerField() {
		Map<String, Object> body = indicator("bad code!", "NOPE");
		body.put("decimals", 9);
		body.put("lowerLimit", 100);
		body.put("upperLimit", 0);
		body.put("direction", "UP");
		body.put("sourceUrl", "not a url");
		body.put("name", Map.of("en", "Only English"));
		ApiClient.Response response = analyst.post("/api/v1/indicators", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode errors = response.json().get("errors");
		assertThat(errors.propertyNames()).contains("code", "areaCode", "decimals", "upperLimit", "direction",
				"sourceUrl", "name.ru", "name.tr");
	}

	@Test
	void refusesAChangeMadeOnAnOutdatedVersion() {
		String code = freshCode("TRN.OLD");
		int version = analyst.post("/api/v1/indicators", indicator(code, "TRN")).json().get("version").asInt();
		Map<String, Object> first = indicator(code, "TRN");
		first.put("version", version);
		first.put("unit", "share");
		assertThat(analyst.put("/api/v1/indicators/" + code, first).status()).isEqualTo(200);

		Map<String, Object> second = indicator(code, "TRN");
		second.put("version", version);
		second.put("unit", "ratio");
		ApiClient.Response stale = ApiClient.as(port, TestAccounts.ADMIN).put("/api/v1/indicators/" + code, second);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("detail").asString()).contains("changed by someone else");
		assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(version + 1);
		assertThat(stale.json().get("attemptedVersion").asInt()).isEqualTo(version);
		assertThat(analyst.get("/api/v1/indicators/" + code).json().get("unit").asString()).isEqualTo("share");
	}

	@Test
	void narrowingTheLimitsBelowStoredValuesIsRefused() {
		String code = freshCode("TRN.LIM");
		int version = analyst.post("/api/v1/indicators", indicator(code, "TRN")).json().get("version").asInt();
		Map<String, Object> value = Map.of("indicatorCode", code, "stateCode", "KAZ", "period", "2020", "source",
				"Test", "value", "80");
		assertThat(analyst.post("/api/v1/observations", value).status()).isEqualTo(201);
		Map<String, Object> narrower = indicator(code, "TRN");
		narrower.put("upperLimit", 50);
		narrower.put("version", version);
		ApiClient.Response refused = analyst.put("/api/v1/indicators/" + code, narrower);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").get("upperLimit").asString()).contains("1 stored values are above 50");
	}

	@Test
	void anIndicatorWithDataOrAnAreaWithIndicatorsCannotBeDeleted() {
		String code = freshCode("TRN.DEL");
		int version = analyst.post("/api/v1/indicators", indicator(code, "TRN")).json().get("version").asInt();
		analyst.post("/api/v1/observations", Map.of("indicatorCode", code, "stateCode", "UZB", "period", "2019",
				"source", "Test", "value", "10"));
		ApiClient.Response indicatorInUse = analyst.delete("/api/v1/indicators/" + code + "?version=" + version);
		assertThat(indicatorInUse.status()).isEqualTo(409);
		assertThat(indicatorInUse.json().get("detail").asString()).contains("cannot be deleted: 1 observation(s)");

		int areaVersion = analyst.get("/api/v1/areas/TRN").json().get("version").asInt();
		ApiClient.Response areaInUse = analyst.delete("/api/v1/areas/TRN?version=" + areaVersion);
		assertThat(areaInUse.status()).isEqualTo(409);
		assertThat(areaInUse.json().get("detail").asString()).contains("indicator(s) belong to it");
	}

	@Test
	void secretariatManagesAreas() {
		String code = freshCode("AR");
		Map<String, Object> area = new HashMap<>(Map.of("code", code, "name",
				Map.of("en", "Tourism", "ru", "Туризм", "tr", "Turizm")));
		ApiClient.Response created = analyst.post("/api/v1/areas", area);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		area.put("name", Map.of("en", "Tourism and culture", "ru", "Туризм и культура", "tr", "Turizm ve kültür"));
		area.put("version", created.json().get("version").asInt());
		ApiClient.Response updated = analyst.put("/api/v1/areas/" + code, area);
		assertThat(updated.json().get("name").get("tr").asString()).isEqualTo("Turizm ve kültür");
		ApiClient.Response duplicate = analyst.post("/api/v1/areas", Map.of("code", code, "name",
				Map.of("en", "Again", "ru", "Снова", "tr", "Yine")));
		assertThat(duplicate.status()).isEqualTo(422);
		assertThat(duplicate.json().get("errors").get("code").asString()).contains("exists already");
		ApiClient.Response deleted = analyst.delete("/api/v1/areas/" + code + "?version=" + updated.json().get("version").asInt());
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(analyst.get("/api/v1/areas/" + code).status()).isEqualTo(404);
	}

	@Test
	void secretariatSetsTargetsForOneStateOrAll() {
		String code = freshCode("TRN.TGT");
		analyst.post("/api/v1/indicators", indicator(code, "TRN"));
		ApiClient.Response forAll = analyst.post("/api/v1/indicators/" + code + "/targets",
				Map.of("value", 40, "year", 2030, "origin", "OTS Strategy 2022-2026"));
		assertThat(forAll.status()).as(forAll.body()).isEqualTo(201);
		assertThat(forAll.json().get("stateCode").isNull()).isTrue();
		ApiClient.Response forKaz = analyst.post("/api/v1/indicators/" + code + "/targets",
				Map.of("stateCode", "KAZ", "value", 55, "year", 2040));
		long id = forKaz.json().get("id").asLong();
		assertThat(forKaz.header("Location")).endsWith("/api/v1/targets/" + id);

		ApiClient.Response refused = analyst.post("/api/v1/indicators/" + code + "/targets",
				Map.of("stateCode", "XXX", "value", 150, "year", 1999));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").propertyNames()).contains("stateCode", "value", "year");

		ApiClient.Response changed = analyst.put("/api/v1/targets/" + id,
				Map.of("stateCode", "KAZ", "value", 60, "year", 2040, "version", forKaz.json().get("version").asInt()));
		assertThat(changed.json().get("value").asDouble()).isEqualTo(60.0);
		assertThat(analyst.get("/api/v1/indicators/" + code + "/targets").json()).hasSize(2);
		ApiClient.Response stale = analyst.delete("/api/v1/targets/" + id + "?version=" + forKaz.json().get("version").asInt());
		assertThat(stale.status()).isEqualTo(409);
		assertThat(analyst.delete("/api/v1/targets/" + id + "?version=" + changed.json().get("version").asInt()).status())
			.isEqualTo(204);
		assertThat(analyst.get("/api/v1/indicators/" + code + "/targets").json()).hasSize(1);
	}

	@Test
	void nationalCoordinatorsMayNotChangeTheFramework() {
		ApiClient.Response refused = ApiClient.as(port, TestAccounts.COORDINATOR_KAZ)
			.post("/api/v1/indicators", indicator(freshCode("TRN.NO"), "TRN"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("detail").asString()).contains("Only the Secretariat");
	}

	@OnPostgres
	static class OnPostgresTest extends FrameworkApiTest {
	}
}
