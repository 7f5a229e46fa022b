package org.ots.platform.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.ApiClient;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The products API over HTTP: the review from draft to publication, and the refusals as problem details. */
@IntegrationTest
class ProductsApiTest {

	@LocalServerPort
	int port;

	@Autowired
	ProductFixtures fixtures;

	ApiClient expert;
	ApiClient analyst;
	ApiClient visitor;

	@BeforeEach
	void clients() {
		fixtures.ensure();
		expert = ApiClient.as(port, TestAccounts.EXPERT);
		analyst = ApiClient.as(port, TestAccounts.ANALYST);
		visitor = ApiClient.anonymous(port);
	}

	Map<String, Object> body(ProductEdit edit) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", edit.kind());
		body.put("title", edit.title());
		body.put("summary", edit.summary());
		body.put("authors", edit.authors());
		body.put("areaCodes", edit.areaCodes());
		body.put("indicatorCodes", edit.indicatorCodes());
		body.put("stateCodes", edit.stateCodes());
		body.put("expectedVersion", edit.expectedVersion());
		return body;
	}

	long created() {
		ApiClient.Response response = expert.post("/api/v1/products", body(fixtures.brief(null)));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	@Test
	void aDraftGoesThroughReviewAndIsThenReadWithoutSigningIn() {
		long id = created();
		assertThat(visitor.get("/api/v1/products/" + id).status()).isEqualTo(404);

		ApiClient.Response submitted = expert.post("/api/v1/products/" + id + "/status", Map.of("status", "IN_REVIEW", "version", 0));
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		ApiClient.Response published = analyst.post("/api/v1/products/" + id + "/status", Map.of("status", "PUBLISHED", "version", 1));
		assertThat(published.status()).as(published.body()).isEqualTo(200);

		JsonNode read = visitor.get("/api/v1/products/" + id).json();
		assertThat(read.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(read.get("authors").get(0).asString()).isEqualTo(TestAccounts.EXPERT);
		assertThat(visitor.get("/api/v1/products?kind=BRIEF&area=TRN").body()).contains("\"id\":" + id + ",");
	}

	@Test
	void aStaleVersionIsAConflictAndNothingIsOverwritten() {
		long id = created();
		ApiClient.Response first = expert.put("/api/v1/products/" + id, body(ProductFixtures.retitled(fixtures.brief(null), "Mine", 0)));
		assertThat(first.status()).as(first.body()).isEqualTo(200);

		ApiClient.Response late = expert.put("/api/v1/products/" + id, body(ProductFixtures.retitled(fixtures.brief(null), "Theirs", 0)));

		assertThat(late.status()).isEqualTo(409);
		assertThat(late.header("Content-Type")).contains("application/problem+json");
		assertThat(late.json().get("detail").asString()).contains("Nothing was overwritten");
		assertThat(expert.get("/api/v1/products/" + id).json().get("title").asString()).isEqualTo("Mine");
	}

	@Test
	void aRefusedEntryNamesItsFieldsInPlainWords() {
		Map<String, Object> body = body(fixtures.brief(null));
		body.put("title", "");
		body.put("areaCodes", List.of());

		ApiClient.Response response = expert.post("/api/v1/products", body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get("title").asString()).isEqualTo("Give a title of 3 to 300 characters.");
		assertThat(response.json().get("errors").get("areaCodes").asString()).isEqualTo("Choose at least one area.");
	}

	@Test
	void aFileIsRefusedByItsContentWhateverItsName() {
		long id = created();

		ApiClient.Response refused = expert.sendMultipart("POST", "/api/v1/products/" + id + "/file?version=0",
				Map.of("file", new ApiClient.Upload("study.pdf", ProductFixtures.program())));
		ApiClient.Response accepted = expert.sendMultipart("POST", "/api/v1/products/" + id + "/file?version=0",
				Map.of("file", new ApiClient.Upload("study.pdf", ProductFixtures.pdf())));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get("file").asString()).contains("not a PDF, DOCX, XLSX or CSV");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("file").get("mediaType").asString()).isEqualTo("application/pdf");
		ApiClient.Response download = expert.get("/api/v1/products/" + id + "/file");
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).startsWith("%PDF-");
		assertThat(download.header("Content-Disposition")).startsWith("attachment").contains("study.pdf");
		assertThat(visitor.get("/api/v1/products/" + id + "/file").status()).as("a draft's file").isEqualTo(404);
	}

	@Test
	void theReviewMovesAreRefusedToTheWrongRoleAndInTheWrongStatus() {
		long id = created();

		assertThat(expert.post("/api/v1/products/" + id + "/status", Map.of("status", "PUBLISHED", "version", 0)).status())
			.isEqualTo(403);
		assertThat(visitor.post("/api/v1/products/" + id + "/status", Map.of("status", "IN_REVIEW", "version", 0)).status())
			.isEqualTo(401);
		ApiClient.Response tooEarly = analyst.post("/api/v1/products/" + id + "/status", Map.of("status", "PUBLISHED", "version", 0));
		assertThat(tooEarly.status()).isEqualTo(409);
		assertThat(tooEarly.json().get("detail").asString())
			.isEqualTo("A product in status DRAFT cannot become PUBLISHED; allowed next: [IN_REVIEW].");
		assertThat(ApiClient.as(port, ProductFixtures.OTHER_EXPERT)
			.put("/api/v1/products/" + id, body(fixtures.brief(0))).status()).isEqualTo(403);
	}

	@OnPostgres
	static class OnPostgresTest extends ProductsApiTest {
	}
}
