package org.ots.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
import org.ots.platform.WebSession;
import org.ots.platform.indicators.Direction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Composite indices over HTTP: the published index ranks the states as the pure calculation does, unpublished
 * definitions do not exist for the public, only the Secretariat defines indices, every change is audited and a
 * stale edit never overwrites a newer one. Each test builds its own area, so other tests' data do not move its ranks.
 */
@IntegrationTest
class IndexPagesTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	/** Demo-like values of one year: internet use, electricity access, and a cost where lower is better. */
	private static final Map<String, double[]> VALUES = Map.of("KAZ", new double[] { 86, 99.8, 3.1 }, "AZE",
			new double[] { 81, 100, 2.4 }, "TUR", new double[] { 83.4, 100, 1.9 }, "KGZ", new double[] { 78, 99.6, 4.2 },
			"UZB", new double[] { 76.6, 100, 5.0 });

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
	void thePublishedIndexRanksTheStatesAsThePureCalculationDoes() {
		TestArea area = area();
		long id = create(area, true, "");

		JsonNode index = ApiClient.anonymous(port).get("/api/v1/indices/" + id).json();
		assertThat(index.get("year").asInt()).as("latest year with two scored states").isEqualTo(2021);

		IndexMatrix.Builder matrix = IndexMatrix.builder();
		matrix.indicator(area.indicators().get(0), Direction.INCREASE)
			.indicator(area.indicators().get(1), Direction.INCREASE)
			.indicator(area.indicators().get(2), Direction.DECREASE);
		VALUES.forEach((state, values) -> {
			for (int i = 0; i < 3; i++) {
				matrix.value(state, area.indicators().get(i), values[i]);
			}
		});
		IndexResult expected = CompositeIndex.calculate(matrix.build(), IndexMethod.standard());
		Map<String, Integer> ranks = new LinkedHashMap<>();
		for (JsonNode unit : index.get("units")) {
			if (!unit.get("rank").isNull()) {
				ranks.put(unit.get("state").asString(), unit.get("rank").asInt());
				assertThat(unit.get("score").asDouble())
					.isCloseTo(expected.unit(unit.get("state").asString()).orElseThrow().score(),
							org.assertj.core.data.Offset.offset(1e-9));
			}
		}
		assertThat(ranks).containsExactlyEntriesOf(expected.ranks());
		assertThat(index.get("statement").asString()).isEqualTo(CompositeIndex.statement(matrix.build(),
				IndexMethod.standard()));
		assertThat(index.get("variants").size()).as("base and its alternatives").isGreaterThan(1);

		String page = new WebSession(port).get("/indices/" + id + "?year=2021&lang=tr").body();
		assertThat(page).contains("Puanlar ve sıralar, 2021", "Sıraların duyarlılığı", "Medyan sıra");
		assertThat(new WebSession(port).get("/indices").body()).contains(area.name());
	}

	@Test
	void anUnpublishedIndexDoesNotExistForThePublicButDoesForTheSecretariat() {
		TestArea area = area();
		long id = create(area, false, "");

		assertThat(ApiClient.anonymous(port).get("/api/v1/indices/" + id).status()).isEqualTo(404);
		assertThat(ApiClient.as(port, TestAccounts.COORDINATOR_KAZ).get("/api/v1/indices/" + id).status()).isEqualTo(404);
		assertThat(new WebSession(port).get("/indices/" + id).statusCode()).isEqualTo(404);
		assertThat(new WebSession(port).get("/indices").body()).doesNotContain(area.name());
		assertThat(ApiClient.anonymous(port).get("/api/v1/indices").body()).doesNotContain(area.name());

		assertThat(ApiClient.as(port, TestAccounts.ANALYST).get("/api/v1/indices/" + id).status()).isEqualTo(200);
		assertThat(WebSession.signedIn(port, TestAccounts.ANALYST).get("/indices/" + id).body())
			.contains("only the Secretariat sees this index");
	}

	@Test
	void onlyTheSecretariatDefinesIndices() {
		TestArea area = area();
		WebSession coordinator = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ);
		coordinator.get("/indices");
		assertThat(coordinator.get("/indices/new").statusCode()).isEqualTo(403);
		assertThat(coordinator.post("/indices", form(area, true, "", null)).statusCode()).isEqualTo(403);
		WebSession expert = WebSession.signedIn(port, TestAccounts.EXPERT);
		expert.get("/indices");
		long id = create(area, true, "");
		assertThat(expert.get("/indices/" + id + "/edit").statusCode()).isEqualTo(403);
		assertThat(expert.post("/indices/" + id, form(area, false, "", 0)).statusCode()).isEqualTo(403);
		assertThat(new WebSession(port).get("/indices/new").statusCode()).as("anonymous: to the sign-in").isEqualTo(302);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM index_definition WHERE name = ?").param(area.name()).query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT published FROM index_definition WHERE id = ?").param(id).query(Boolean.class).single())
			.isTrue();
	}

	@Test
	void everyChangeIsAuditedAndAStaleEditDoesNotOverwrite() {
		TestArea area = area();
		long id = create(area, true, "");
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		List<String> codes = area.indicators();
		String weighted = codes.get(0) + "=2 " + codes.get(1) + "=1 " + codes.get(2) + "=1";
		analyst.get("/indices/" + id + "/edit");
		HttpResponse<String> saved = analyst.post("/indices/" + id, form(area, true, weighted, 0));
		assertThat(saved.statusCode()).isEqualTo(302);

		HttpResponse<String> stale = analyst.post("/indices/" + id, form(area, false, "", 0));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("Someone changed this index after you opened it");
		assertThat(jdbc.sql("SELECT published FROM index_definition WHERE id = ?").param(id).query(Boolean.class).single())
			.as("the stale edit wrote nothing").isTrue();
		assertThat(jdbc.sql("SELECT weight FROM index_component WHERE index_id = ? ORDER BY position").param(id)
			.query(Double.class).list()).containsExactly(2.0, 1.0, 1.0);

		List<String> actions = jdbc
			.sql("SELECT action FROM audit_entry WHERE entity_type = 'IndexDefinition' AND entity_id = ? ORDER BY id")
			.param(String.valueOf(id))
			.query(String.class)
			.list();
		assertThat(actions).containsExactly("CREATE", "UPDATE");
		assertThat(ApiClient.anonymous(port).get("/api/v1/indices/" + id).json().get("statement").asString())
			.contains("weights set by the Secretariat");
	}

	@Test
	void aDefinitionThatCannotWorkIsRefusedBesideItsFieldsInTheUsersLanguage() {
		TestArea area = area();
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		Map<String, String> form = form(area, true, area.indicators().get(0) + "=-1 " + area.indicators().get(1), null);
		form.put("missingData", "3/2");
		analyst.get("/indices/new?lang=ru");
		HttpResponse<String> page = analyst.post("/indices", form);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Индекс не сохранён", "Запишите вес как КОД=число",
				"Запишите долю дробью меньше 1");

		form = form(area, true, "IT.NET.USER.ZS", null);
		assertThat(analyst.post("/indices", form).body()).contains("Каждый показатель должен относиться к области индекса");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM index_definition WHERE name = ?").param(area.name()).query(Long.class)
			.single()).isZero();
	}

	@Test
	void anIndexWithoutDataSaysSoAndABadYearIsRefusedNeverA500() {
		TestArea area = area();
		long id = create(area, true, "");
		jdbc.sql("DELETE FROM observation WHERE indicator_code LIKE ?").param(area.code() + ".%").update();

		ApiClient.Response empty = ApiClient.anonymous(port).get("/api/v1/indices/" + id);
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.json().get("notComputableBecause").asString())
			.isEqualTo("There are no annual reference values for the indicators of this index yet.");
		assertThat(new WebSession(port).get("/indices/" + id).body())
			.contains("There are no annual reference values for the indicators of this index yet.");

		assertThat(ApiClient.anonymous(port).get("/api/v1/indices/" + id + "?year=soon").status()).isEqualTo(400);
		assertThat(new WebSession(port).get("/indices/" + id + "?year=soon").statusCode()).isEqualTo(400);
		assertThat(ApiClient.anonymous(port).get("/api/v1/indices/" + id + "?year=1990").json()
			.get("notComputableBecause").asString()).isNotBlank();
	}

	@Test
	void eachAreaHasAPublishedIndexWithTheDefaultMethod() {
		JsonNode all = ApiClient.anonymous(port).get("/api/v1/indices").json();
		List<String> digital = new java.util.ArrayList<>();
		for (JsonNode d : all) {
			if ("DIG".equals(d.get("areaCode").asString()) && d.get("defaultMethod").asBoolean()) {
				digital.add(d.get("statement").asString());
			}
		}
		assertThat(digital).containsExactly(IndexMethod.standard().describe());
	}

	private long create(TestArea area, boolean published, String components) {
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		analyst.get("/indices/new");
		HttpResponse<String> created = analyst.post("/indices", form(area, published, components, null));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.replaceAll(".*/indices/(\\d+)/edit.*", "$1"));
	}

	private static Map<String, String> form(TestArea area, boolean published, String components, Integer version) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", area.name());
		form.put("areaCode", area.code());
		form.put("components", components.isEmpty() ? String.join("\n", area.indicators()) : components);
		form.put("normalisation", "MIN_MAX");
		form.put("aggregation", "ARITHMETIC");
		form.put("missingData", "1/3");
		if (published) {
			form.put("published", "true");
		}
		if (version != null) {
			form.put("expectedVersion", String.valueOf(version));
		}
		return form;
	}

	record TestArea(String code, String name, List<String> indicators) {
	}

	/**
	 * A fresh area with three indicators (the third lower-is-better) and the values of {@link #VALUES} for 2021;
	 * in 2022 only Kazakhstan reports, so 2021 is the latest year that ranks anyone.
	 */
	private TestArea area() {
		int n = SEQUENCE.incrementAndGet();
		String code = "IX" + n + Long.toString(System.nanoTime() % 1296, 36).toUpperCase();
		jdbc.sql("INSERT INTO area (code, name_en, name_ru, name_tr, sort_order) VALUES (?, ?, ?, ?, 95)")
			.params(code, "Index area " + code, "Index area " + code, "Index area " + code)
			.update();
		List<String> indicators = List.of(code + ".USE", code + ".ACCESS", code + ".COST");
		for (int i = 0; i < 3; i++) {
			jdbc.sql("""
					INSERT INTO indicator (code, area_code, name_en, name_ru, name_tr, definition_en, unit, decimals, periodicity,
					  direction, source)
					VALUES (?, ?, 'Index test', 'Index test', 'Index test', 'An indicator of the composite index page tests, written only by them.', '%', 1, 'ANNUAL', ?, 'Test')""")
				.params(indicators.get(i), code, i == 2 ? "DECREASE" : "INCREASE")
				.update();
		}
		VALUES.forEach((state, values) -> {
			for (int i = 0; i < 3; i++) {
				observation(indicators.get(i), state, 2021, values[i]);
			}
		});
		observation(indicators.get(0), "KAZ", 2022, 88);
		return new TestArea(code, "Index of " + code, indicators);
	}

	private void observation(String indicator, String state, int year, double value) {
		jdbc.sql("""
				INSERT INTO observation (indicator_code, state_code, period, obs_year, source, obs_value, status, reference,
				  changed_by, changed_at, version)
				VALUES (?, ?, ?, ?, 'Test', ?, 'FINAL', TRUE, 'test', CURRENT_TIMESTAMP, 0)""")
			.params(indicator, state, String.valueOf(year), year, value)
			.update();
	}

	@OnPostgres
	static class OnPostgresTest extends IndexPagesTest {
	}
}
