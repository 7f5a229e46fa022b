package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.shared.DocumentKindTest;
import org.ots.platform.ApiClient;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.WebSession;
import org.ots.platform.indicators.ObservationEdit;
import org.ots.platform.indicators.ObservationService;
import org.ots.platform.monitoring.ProgressMonitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** The national report over the API and the pages, with the refusals each kind of user meets. */
@IntegrationTest
class ReportsHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	ReportFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ObservationService observations;

	@Autowired
	ProgressMonitor progress;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void accounts() {
		accounts.ensure();
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	private static String path(long cycle) {
		return "/api/v1/cycles/" + cycle + "/reports/KAZ";
	}

	private static String page(long cycle) {
		return "/reviews/" + cycle + "/reports/KAZ";
	}

	private static Map<String, Object> section(String narrative, int version) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("narrative", narrative);
		body.put("expectedVersion", version);
		return body;
	}

	@Test
	void apiReadsAndWritesTheDraftOnlyForItsStateAndRefusesAStaleSaveWithBothTexts() {
		long cycle = fixtures.cycleIn(CycleStatus.SELF_ASSESSMENT);
		ApiClient kaz = ApiClient.as(port, TestAccounts.COORDINATOR_KAZ);
		JsonNode draft = kaz.get(path(cycle)).json();
		String area = draft.get("sections").get(0).get("area").asString();
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");

		assertThat(kaz.put(path(cycle) + "/sections/" + area, section("<p>Ours</p>", 0)).status()).isEqualTo(200);
		ApiClient.Response stale = kaz.put(path(cycle) + "/sections/" + area, section("<p>Mine</p>", 0));

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("theirs").asString()).isEqualTo("<p>Ours</p>");
		assertThat(stale.json().get("yours").asString()).isEqualTo("<p>Mine</p>");
		assertThat(ApiClient.as(port, TestAccounts.COORDINATOR_AZE).get(path(cycle)).status()).isEqualTo(403);
		assertThat(ApiClient.as(port, TestAccounts.COORDINATOR_AZE)
			.put(path(cycle) + "/sections/" + area, section("<p>Theirs</p>", 1)).status()).isEqualTo(403);
		assertThat(ApiClient.as(port, TestAccounts.EXAMINER).get(path(cycle)).status()).isEqualTo(403);
		assertThat(ApiClient.anonymous(port).get(path(cycle)).status()).isEqualTo(401);
	}

	@Test
	void apiSubmitListsWhatIsMissingAndOnlyTheSecretariatReturns() {
		long cycle = fixtures.cycleIn(CycleStatus.SELF_ASSESSMENT);
		ApiClient kaz = ApiClient.as(port, TestAccounts.COORDINATOR_KAZ);

		ApiClient.Response incomplete = kaz.post(path(cycle) + "/submit", null);
		assertThat(incomplete.status()).isEqualTo(422);
		assertThat(incomplete.json().get("missing").size()).isPositive();

		fixtures.completeKazakhReport(cycle);
		assertThat(kaz.post(path(cycle) + "/submit", null).json().get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(ApiClient.as(port, TestAccounts.EXAMINER).get(path(cycle)).status()).isEqualTo(200);
		assertThat(kaz.post(path(cycle) + "/return", Map.of("comment", "x")).status()).isEqualTo(403);
		ApiClient analyst = ApiClient.as(port, TestAccounts.ANALYST);
		assertThat(analyst.post(path(cycle) + "/return", Map.of("comment", "")).status()).isEqualTo(422);
		assertThat(analyst.post(path(cycle) + "/return", Map.of("comment", "Add sources")).json().get("status").asString())
			.isEqualTo("RETURNED");
	}

	@Test
	void theReportPageIsTheStatesOwnUntilPublicationAndShowsNoScript() {
		long cycle = fixtures.cycleIn(CycleStatus.SELF_ASSESSMENT);
		WebSession kaz = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ);
		String area = ApiClient.as(port, TestAccounts.COORDINATOR_KAZ).get(path(cycle)).json()
			.get("sections").get(0).get("area").asString();
		assertThat(kaz.get(page(cycle)).statusCode()).isEqualTo(200);

		HttpResponse<String> saved = kaz.post(page(cycle) + "/sections/" + area,
				Map.of("narrative", "<p>Rail <b>grew</b><script>alert('x')</script></p><img src=x onerror=alert(1)>",
						"version", "0"));
		assertThat(saved.statusCode()).isEqualTo(302);

		String body = kaz.get(page(cycle)).body();
		assertThat(body).contains("<b>grew</b>").doesNotContain("alert(", "onerror");
		assertThat(WebSession.signedIn(port, TestAccounts.COORDINATOR_AZE).get(page(cycle)).statusCode()).isEqualTo(403);
		HttpResponse<String> anonymous = new WebSession(port).get(page(cycle));
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/login");
	}

	@Test
	void theIndicatorTableShowsEachSeriesProgressStatusAndLinksToItsExplanation() {
		String indicator = "T.REPORT." + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		jdbc.sql("""
				INSERT INTO indicator (code, area_code, name_en, name_ru, name_tr, definition_en, unit, decimals, periodicity,
				  direction, source)
				VALUES (?, 'TRN', 'Report progress test', 'Report progress test', 'Report progress test',
				  'An indicator whose values only the national report progress test writes.', 'km', 1, 'ANNUAL', 'INCREASE',
				  'Test')""")
			.param(indicator)
			.update();
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		observations.save(new ObservationEdit(indicator, "KAZ", "2016", "Test", "10", "FINAL", null, null));
		observations.save(new ObservationEdit(indicator, "KAZ", "2021", "Test", "14", "FINAL", null, null));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> progress.find(indicator, "KAZ").filter(a -> Double.valueOf(14).equals(a.currentValue())).isPresent());
		long cycle = fixtures.cycleIn(CycleStatus.SELF_ASSESSMENT);

		String body = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ).get(page(cycle)).body();
		JsonNode api = ApiClient.as(port, TestAccounts.COORDINATOR_KAZ).get(path(cycle)).json();

		// 10 to 14 in five years is 7% a year, well above the 1.5% of "on track" without a target
		assertThat(body).contains("href=\"/progress/" + indicator + "/KAZ\"", ">On track</a>");
		assertThat(api.findValues("indicators").stream().flatMap(rows -> rows.valueStream())
			.filter(row -> row.get("indicator").asString().equals(indicator))
			.map(row -> row.get("progress").asString())).containsExactly("SUBSTANTIAL_PROGRESS");
	}

	@Test
	void aStaleSaveFromThePageShowsBothTexts() {
		long cycle = fixtures.cycleIn(CycleStatus.SELF_ASSESSMENT);
		String area = ApiClient.as(port, TestAccounts.COORDINATOR_KAZ).get(path(cycle)).json()
			.get("sections").get(0).get("area").asString();
		WebSession first = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ);
		WebSession second = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ);
		first.get(page(cycle));
		second.get(page(cycle));

		first.post(page(cycle) + "/sections/" + area, Map.of("narrative", "<p>Aigerim wrote this</p>", "version", "0"));
		HttpResponse<String> stale = second.post(page(cycle) + "/sections/" + area,
				Map.of("narrative", "<p>Nurlan wrote that</p>", "version", "0"));

		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("Aigerim wrote this", "Nurlan wrote that");
		assertThat(first.get(page(cycle) + "/sections/" + area + "/history").body()).contains("Aigerim wrote this")
			.doesNotContain("Nurlan wrote that");
	}

	@Test
	void attachmentsAreCheckedByContentAndDownloadedByThoseWhoMayRead() {
		long cycle = fixtures.cycleIn(CycleStatus.SELF_ASSESSMENT);
		WebSession kaz = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ);
		kaz.get(page(cycle));

		HttpResponse<String> fake = upload(kaz, page(cycle) + "/attachments", "figures.pdf", "not a pdf".getBytes());
		assertThat(fake.statusCode()).isEqualTo(422);
		assertThat(fake.body()).contains("PDF");
		assertThat(upload(kaz, page(cycle) + "/attachments", "figures.pdf", DocumentKindTest.pdf()).statusCode())
			.isEqualTo(302);

		long id = ApiClient.as(port, TestAccounts.COORDINATOR_KAZ).get(path(cycle)).json()
			.get("attachments").get(0).get("id").asLong();
		HttpResponse<String> download = kaz.get(page(cycle) + "/attachments/" + id);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(download.body()).startsWith("%PDF-");
		assertThat(WebSession.signedIn(port, TestAccounts.EXAMINER).get(page(cycle) + "/attachments/" + id).statusCode())
			.isEqualTo(403);
	}

	@Test
	void aPublishedReportIsReadByAnyone() {
		long cycle = fixtures.submittedKazakhReport(CycleStatus.PUBLISHED);

		HttpResponse<String> page = new WebSession(port).get(page(cycle) + "?lang=ru");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Progress in").doesNotContain("??");
		assertThat(ApiClient.anonymous(port).get(path(cycle)).json().get("status").asString()).isEqualTo("SUBMITTED");
	}

	private static HttpResponse<String> upload(WebSession session, String path, String name, byte[] content) {
		String boundary = "----report" + UUID.randomUUID();
		Map<String, Object> parts = new LinkedHashMap<>();
		parts.put("_csrf", session.csrfToken());
		parts.put("file", new ApiClient.Upload(name, content));
		return session.send(HttpRequest.newBuilder(URI.create(session.baseUrl() + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(ApiClient.multipart(boundary, parts))), false);
	}

	@OnPostgres
	static class OnPostgresTest extends ReportsHttpTest {
	}
}
