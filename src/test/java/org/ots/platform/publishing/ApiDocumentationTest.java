package org.ots.platform.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ots.platform.ApiClient;
import org.ots.platform.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class ApiDocumentationTest {

	@LocalServerPort
	int port;

	@Test
	void describesTheApiWithHttpBasicAndATagPerResource() {
		JsonNode doc = ApiClient.anonymous(port).get("/v3/api-docs").json();
		assertThat(doc.get("info").get("title").asString()).isEqualTo("OTS Peer Review Platform API");
		assertThat(doc.get("components").get("securitySchemes").get("basicAuth").get("scheme").asString()).isEqualTo("basic");
		assertThat(doc.get("tags").findValuesAsString("name")).contains("States", "Areas", "Indicators", "Targets", "Observations");
		assertThat(doc.get("paths").propertyNames()).contains("/api/v1/observations/{id}", "/api/v1/indicators/{code}/targets");
	}

	@Test
	void swaggerUiLoadsItsScriptsFromFilesSoTheContentSecurityPolicyAllowsThem() {
		ApiClient.Response index = ApiClient.anonymous(port).get("/swagger-ui/index.html");
		assertThat(index.status()).isEqualTo(200);
		assertThat(index.body()).doesNotContainPattern("<script>(?s).*?\\S.*?</script>");
		assertThat(index.body()).contains("swagger-initializer.js");
		ApiClient.Response initializer = ApiClient.anonymous(port).get("/swagger-ui/swagger-initializer.js");
		assertThat(initializer.status()).isEqualTo(200);
		assertThat(initializer.body()).contains("/v3/api-docs");
	}
}
