package org.ots.platform.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class CommitmentsApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	CommitmentRegistry registry;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService users;

	String code;
	Commitment commitment;

	@BeforeEach
	void recordADocument() {
		accounts.ensure();
		SignedIn.as(users, TestAccounts.ANALYST);
		code = CommitmentRegistryTest.newCode();
		registry.createInitiative(CommitmentRegistryTest.document(code));
		commitment = registry.addCommitment(code,
				CommitmentRegistryTest.commitment("TRN", List.of("OTS.TITR.CARGO"), List.of("KAZ")));
		SignedIn.out();
	}

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	@Test
	void anyoneReadsDocumentsAndCommitments() {
		HttpResponse<String> list = send("GET", "/api/v1/initiatives", null, null);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("\"code\":\"" + code + "\"");

		JsonNode document = json(send("GET", "/api/v1/initiatives/" + code, null, null));
		assertThat(document.get("title").get("ru").asString()).isEqualTo("Тестовая декларация");
		assertThat(document.get("adoptedOn").asString()).isEqualTo("2024-07-06");
		assertThat(document.get("commitments").get(0).get("indicatorCodes").get(0).asString()).isEqualTo("OTS.TITR.CARGO");

		JsonNode one = json(send("GET", "/api/v1/commitments/" + commitment.id(), null, null));
		assertThat(one.get("reference").asString()).isEqualTo("Art. 7");
	}

	@Test
	void listsCommitmentsWithFiltersAndPaging() {
		JsonNode page = json(send("GET", "/api/v1/commitments?initiative=" + code + "&state=KAZ&area=TRN"
				+ "&indicator=OTS.TITR.CARGO&page=0&size=1", null, null));

		assertThat(page.get("total").asLong()).isEqualTo(1);
		assertThat(page.get("page").asInt()).isZero();
		assertThat(page.get("size").asInt()).isEqualTo(1);
		assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(commitment.id());
		assertThat(json(send("GET", "/api/v1/commitments?initiative=" + code + "&state=UZB", null, null)).get("total")
			.asLong()).isZero();
	}

	@Test
	void theSecretariatCreatesUpdatesAndDeletes() {
		String newCode = CommitmentRegistryTest.newCode();
		HttpResponse<String> created = send("POST", "/api/v1/initiatives", TestAccounts.ANALYST, """
				{"code":"%s","kind":"AGREEMENT","titleEn":"API agreement","titleRu":"Соглашение","titleTr":"Anlaşma",
				 "adoptedOn":"2023-03-16","place":"Ankara"}""".formatted(newCode));
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/initiatives/" + newCode);

		HttpResponse<String> added = send("POST", "/api/v1/commitments", TestAccounts.ADMIN, """
				{"initiative":"%s","reference":"Art. 3","textEn":"Pay the capital share.","areaCode":"TRD",
				 "stateCodes":["AZE","TUR"]}""".formatted(newCode));
		assertThat(added.statusCode()).isEqualTo(201);
		JsonNode commitmentJson = json(added);
		long id = commitmentJson.get("id").asLong();

		HttpResponse<String> updated = send("PUT", "/api/v1/commitments/" + id, TestAccounts.ANALYST, """
				{"reference":"Art. 4","textEn":"Pay the capital share in full.","areaCode":"TRD","stateCodes":["AZE"],
				 "expectedVersion":%d}""".formatted(commitmentJson.get("version").asInt()));
		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(json(updated).get("stateCodes").size()).isEqualTo(1);

		HttpResponse<String> deleted = send("DELETE", "/api/v1/commitments/" + id + "?version=" + json(updated).get("version").asInt(),
				TestAccounts.ANALYST, null);
		assertThat(deleted.statusCode()).isEqualTo(204);
		assertThat(send("GET", "/api/v1/commitments/" + id, null, null).statusCode()).isEqualTo(404);
	}

	@Test
	void refusalsAreProblemDetails() {
		HttpResponse<String> invalid = send("POST", "/api/v1/commitments", TestAccounts.ANALYST, """
				{"initiative":"%s","reference":"Art. 1","textEn":"x","indicatorCodes":["NOPE"]}""".formatted(code));
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
		assertThat(json(invalid).get("errors").get("indicatorCodes").asString()).contains("NOPE");

		HttpResponse<String> stale = send("PUT", "/api/v1/commitments/" + commitment.id(), TestAccounts.ANALYST, """
				{"reference":"Art. 1","textEn":"x","expectedVersion":%d}""".formatted(commitment.version() + 5));
		assertThat(stale.statusCode()).isEqualTo(409);

		assertThat(send("GET", "/api/v1/initiatives/NO-SUCH", null, null).statusCode()).isEqualTo(404);
		assertThat(send("POST", "/api/v1/initiatives", null, "{}").statusCode()).isEqualTo(401);

		HttpResponse<String> coordinator = send("POST", "/api/v1/commitments", TestAccounts.COORDINATOR_KAZ, """
				{"initiative":"%s","reference":"Art. 1","textEn":"x"}""".formatted(code));
		assertThat(coordinator.statusCode()).isEqualTo(403);
		assertThat(json(coordinator).get("status").asInt()).isEqualTo(403);
		assertThat(registry.initiative(code).commitments()).hasSize(1);
	}

	private HttpResponse<String> send(String method, String path, String user, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (user != null) {
			String credentials = user + ":" + TestAccounts.passwordOf(user);
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	@OnPostgres
	static class OnPostgresTest extends CommitmentsApiTest {
	}
}
