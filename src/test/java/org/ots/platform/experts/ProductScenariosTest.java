package org.ots.platform.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

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
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A product cites scenarios at the version its authors read: later versions do not change the citation, a stale
 * or late change is refused, and once the product is published the cited version (and only it) opens for visitors.
 */
@IntegrationTest
class ProductScenariosTest {

	@LocalServerPort
	int port;

	@Autowired
	ProductFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	ApiClient expert;

	long product;

	long scenario;

	@BeforeEach
	void aDraftAndAScenarioInTwoVersions() {
		fixtures.ensure();
		expert = ApiClient.as(port, TestAccounts.EXPERT);
		Map<String, Object> body = new LinkedHashMap<>();
		ProductEdit brief = fixtures.brief(null);
		body.put("kind", brief.kind());
		body.put("title", brief.title());
		body.put("summary", brief.summary());
		body.put("areaCodes", brief.areaCodes());
		ApiClient.Response created = expert.post("/api/v1/products", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		product = created.json().get("id").asLong();
		scenario = scenarioInTwoVersions();
	}

	/** A scenario of the test expert's: "Ferries, first take" (version 1), then "Ferries, revised" (version 2). */
	private long scenarioInTwoVersions() {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO scenario (current_version, author, created_at) VALUES (2, ?, CURRENT_TIMESTAMP)")
			.param(TestAccounts.EXPERT)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (int version = 1; version <= 2; version++) {
			jdbc.sql("""
					INSERT INTO scenario_version (scenario_id, version, title, rationale, saved_by, saved_at)
					VALUES (?, ?, ?, 'New ferries.', ?, CURRENT_TIMESTAMP)""")
				.params(id, version, version == 1 ? "Ferries, first take" : "Ferries, revised", TestAccounts.EXPERT)
				.update();
			jdbc.sql("INSERT INTO scenario_path (scenario_id, version, position, indicator_code, state_code, kind) VALUES (?, ?, 0, 'IT.NET.USER.ZS', 'KAZ', 'GROWTH_RATE')")
				.params(id, version)
				.update();
			jdbc.sql("INSERT INTO scenario_point (scenario_id, version, position, point_year, point_value) VALUES (?, ?, 0, 2030, ?)")
				.params(id, version, version * 2.0)
				.update();
		}
		return id;
	}

	private ApiClient.Response cite(int scenarioVersion, int productVersion) {
		return expert.post("/api/v1/products/" + product + "/scenarios",
				Map.of("scenarioId", scenario, "scenarioVersion", scenarioVersion, "version", productVersion));
	}

	@Test
	void theCitedVersionStaysTheOneTheAuthorsReadAndIsAudited() {
		ApiClient.Response cited = cite(1, 0);

		assertThat(cited.status()).as(cited.body()).isEqualTo(200);
		assertThat(cited.json().get("version").asInt()).isEqualTo(1);
		String list = expert.get("/api/v1/products/" + product + "/scenarios").body();
		assertThat(list).contains("\"id\":" + scenario).contains("\"version\":1").contains("Ferries, first take")
			.contains("\"link\":\"/scenarios/" + scenario + "/versions/1\"");
		String page = WebSession.signedIn(port, TestAccounts.EXPERT).get("/products/" + product).body();
		assertThat(page).contains("Scenarios cited").contains("/scenarios/" + scenario + "/versions/1\"")
			.contains("Ferries, first take");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'CITE_SCENARIO' AND entity_id = ?")
			.param(String.valueOf(product)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aCitationBasedOnAnOlderProductVersionIsRefused() {
		cite(1, 0);

		ApiClient.Response stale = cite(2, 0);

		assertThat(stale.status()).isEqualTo(409);
		assertThat(expert.get("/api/v1/products/" + product + "/scenarios").body()).contains("\"version\":1")
			.doesNotContain("Ferries, revised");
	}

	@Test
	void aPublishedProductOpensItsCitedVersionToVisitorsAndNothingElse() {
		cite(1, 0);
		WebSession visitor = new WebSession(port);
		assertThat(visitor.get("/scenarios/" + scenario + "/versions/1").headers().firstValue("Location").orElse(""))
			.as("before publication").contains("/login");

		assertThat(expert.post("/api/v1/products/" + product + "/status", Map.of("status", "IN_REVIEW", "version", 1))
			.status()).isEqualTo(200);
		assertThat(ApiClient.as(port, TestAccounts.ANALYST)
			.post("/api/v1/products/" + product + "/status", Map.of("status", "PUBLISHED", "version", 2))
			.status()).isEqualTo(200);

		HttpResponse<String> cited = visitor.get("/scenarios/" + scenario + "/versions/1");
		assertThat(cited.statusCode()).isEqualTo(200);
		assertThat(cited.body()).contains("Ferries, first take").contains("published analytical work cites this version")
			.doesNotContain("/scenarios/" + scenario + "/versions/2");
		assertThat(visitor.get("/scenarios/" + scenario + "/versions/2").headers().firstValue("Location").orElse(""))
			.contains("/login");
		assertThat(visitor.get("/scenarios/" + scenario).headers().firstValue("Location").orElse("")).contains("/login");
		assertThat(visitor.get("/products/" + product).body()).contains("/scenarios/" + scenario + "/versions/1\"");
	}

	@Test
	void aProductUnderReviewOrPublishedCitesNothingNew() {
		expert.post("/api/v1/products/" + product + "/status", Map.of("status", "IN_REVIEW", "version", 0));

		ApiClient.Response late = cite(2, 1);

		assertThat(late.status()).isEqualTo(409);
		assertThat(late.json().get("title").asString()).isEqualTo("Not possible in this status");
		WebSession writer = WebSession.signedIn(port, TestAccounts.EXPERT);
		writer.get("/products/" + product);
		String page = writer.post("/products/" + product + "/scenarios", Map.of("scenario", scenario + "v2", "version", "1"))
			.body();
		assertThat(page).contains("Scenarios are cited while the product is a draft or returned");
	}

	@OnPostgres
	static class OnPostgresTest extends ProductScenariosTest {
	}
}
