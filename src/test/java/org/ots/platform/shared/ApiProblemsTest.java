package org.ots.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.ApiClient;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad requests to the API get RFC 9457 problem details with a clear reason, never a 500. */
@IntegrationTest
class ApiProblemsTest {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	ApiClient admin;

	@BeforeEach
	void setUp() {
		accounts.ensure();
		admin = ApiClient.as(port, TestAccounts.ANALYST);
	}

	@Test
	void malformedJsonIsABadRequest() {
		ApiClient.Response response = admin.post("/api/v1/observations", "{\"indicatorCode\": ");
		assertProblem(response, 400);
		assertThat(response.json().get("detail").asString()).contains("not valid JSON");
	}

	@Test
	void aWronglyTypedFieldIsABadRequest() {
		ApiClient.Response response = admin.post("/api/v1/indicators/SP.POP.TOTL/targets",
				"{\"value\": \"lots\", \"year\": 2030}");
		assertProblem(response, 400);
	}

	@Test
	void aParameterOfTheWrongTypeIsABadRequest() {
		ApiClient.Response response = ApiClient.anonymous(port).get("/api/v1/observations?from=last-year");
		assertProblem(response, 400);
		assertThat(response.json().get("detail").asString()).contains("'last-year' is not a valid value for 'from'");
	}

	@Test
	void impossiblePagingIsABadRequest() {
		assertProblem(ApiClient.anonymous(port).get("/api/v1/indicators?size=0"), 400);
		assertProblem(ApiClient.anonymous(port).get("/api/v1/observations?page=-1"), 400);
	}

	@Test
	void unknownItemsAreNotFound() {
		ApiClient.Response response = ApiClient.anonymous(port).get("/api/v1/indicators/NO.SUCH.CODE");
		assertProblem(response, 404);
		assertThat(response.json().get("detail").asString()).isEqualTo("Indicator 'NO.SUCH.CODE' does not exist");
		assertProblem(ApiClient.anonymous(port).get("/api/v1/states/ZZZ"), 404);
		assertProblem(ApiClient.anonymous(port).get("/api/v1/observations/999999999"), 404);
		assertProblem(ApiClient.anonymous(port).get("/api/v1/targets/999999999"), 404);
	}

	@Test
	void writingWithoutCredentialsIsUnauthorized() {
		ApiClient.Response response = ApiClient.anonymous(port).post("/api/v1/areas", "{}");
		assertProblem(response, 401);
		assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
	}

	@Test
	void aRoleThatMayNotWriteIsForbidden() {
		assertProblem(ApiClient.as(port, TestAccounts.EXAMINER).post("/api/v1/areas", "{}"), 403);
	}

	@Test
	void pagesAnswerUnknownItemsWithTheNotFoundPage() {
		var response = WebSession.signedIn(port, TestAccounts.ANALYST).get("/framework/indicators/NO.SUCH.CODE");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("does not exist");
	}

	private static void assertProblem(ApiClient.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("status").asInt()).isEqualTo(status);
		assertThat(response.json().get("title").asString()).isNotBlank();
	}

	@OnPostgres
	static class OnPostgresTest extends ApiProblemsTest {
	}
}
