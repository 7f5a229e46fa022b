package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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

@IntegrationTest
class ReviewPagesAndApiTest {

	/** Years 2760-2779 are this test's. */
	private static final AtomicInteger YEARS = new AtomicInteger(2760);

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	ReviewFixtures fixtures;

	@BeforeEach
	void setUp() {
		accounts.ensure();
		fixtures = new ReviewFixtures(jdbc, YEARS);
	}

	@Test
	void anExaminerAsksOverTheApiAndOnlyThoseInvolvedReadTheThreadUntilPublication() {
		long cycle = fixtures.cycle("QUESTIONS_OPEN");
		String thread = "/api/v1/cycles/" + cycle + "/questions/KAZ";
		ApiClient.Response asked = ApiClient.as(port, TestAccounts.EXAMINER)
			.post(thread, Map.of("area", "TRN", "question", "How long does a border crossing take?"));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		long id = asked.json().get("id").asLong();

		assertThat(ApiClient.anonymous(port).get(thread).status()).isEqualTo(401);
		assertThat(ApiClient.as(port, TestAccounts.COORDINATOR_AZE).get(thread).status()).isEqualTo(403);
		assertThat(ApiClient.as(port, TestAccounts.COORDINATOR_KAZ).get(thread).body()).contains("border crossing");

		ApiClient.Response answered = ApiClient.as(port, TestAccounts.COORDINATOR_KAZ)
			.post(thread + "/" + id + "/answer", Map.of("answer", "Four hours.", "version", 0));
		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		assertThat(ApiClient.as(port, TestAccounts.COORDINATOR_KAZ)
			.post(thread + "/" + id + "/answer", Map.of("answer", "Again.")).status()).isEqualTo(409);

		fixtures.status(cycle, "PUBLISHED");
		assertThat(ApiClient.anonymous(port).get(thread).body()).contains("Four hours.");
	}

	@Test
	void refusalsOnTheApiAreClearProblemsNeverServerErrors() {
		long cycle = fixtures.cycle("ANSWERS_DUE");
		ApiClient examiner = ApiClient.as(port, TestAccounts.EXAMINER);
		ApiClient.Response closed = examiner.post("/api/v1/cycles/" + cycle + "/questions/KAZ",
				Map.of("area", "TRN", "question", "Late?"));
		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.body()).contains("QUESTIONS_OPEN");
		assertThat(examiner.get("/api/v1/cycles/" + cycle + "/questions/HUN").status()).isEqualTo(404);
		assertThat(examiner.get("/api/v1/recommendations/NO-SUCH").status()).isEqualTo(404);

		long published = fixtures.cycle("PUBLISHED");
		String code = fixtures.recommendation(published, "KAZ", "AGREED", LocalDate.of(2001, 1, 1));
		ApiClient.Response badPeriod = ApiClient.as(port, TestAccounts.COORDINATOR_KAZ)
			.post("/api/v1/recommendations/" + code + "/status", Map.of("status", "IN_PROGRESS", "period", "soon"));
		assertThat(badPeriod.status()).as(badPeriod.body()).isEqualTo(400);
		ApiClient.Response illegal = ApiClient.as(port, TestAccounts.COORDINATOR_KAZ)
			.post("/api/v1/recommendations/" + code + "/status", Map.of("status", "VERIFIED", "evidence", "x"));
		assertThat(illegal.status()).as(illegal.body()).isEqualTo(409);
		ApiClient.Response otherState = ApiClient.as(port, TestAccounts.COORDINATOR_AZE)
			.post("/api/v1/recommendations/" + code + "/status", Map.of("status", "IN_PROGRESS"));
		assertThat(otherState.status()).isEqualTo(403);
	}

	@Test
	void publishedRecommendationsAreOnThePublicBoardAndDraftsNowhere() {
		long published = fixtures.cycle("PUBLISHED");
		String overdue = fixtures.recommendation(published, "KGZ", "IN_PROGRESS", LocalDate.of(2001, 1, 1));
		long running = fixtures.cycle("CONCLUSIONS_DRAFTING");
		String draft = fixtures.recommendation(running, "KGZ", "DRAFT", null);

		String list = ApiClient.anonymous(port).get("/api/v1/recommendations?state=KGZ").body();
		assertThat(list).contains(overdue).doesNotContain(draft);
		assertThat(ApiClient.anonymous(port).get("/api/v1/recommendations/" + draft).status()).isEqualTo(401);
		assertThat(ApiClient.as(port, TestAccounts.COORDINATOR_AZE).get("/api/v1/recommendations/" + draft).status())
			.isEqualTo(403);
		// Other tests add Kyrgyz recommendations of other areas: read the row of the fixture's area, transport.
		var rows = ApiClient.anonymous(port).get("/api/v1/recommendations/board?state=KGZ").json();
		int overdueInTransport = 0;
		for (var row : rows) {
			if ("TRN".equals(row.get("area").asText())) {
				overdueInTransport = row.get("overdue").asInt();
			}
		}
		assertThat(overdueInTransport).isPositive();

		HttpResponse<String> board = new WebSession(port).get("/recommendations?state=KGZ");
		assertThat(board.statusCode()).isEqualTo(200);
		assertThat(board.body()).contains(overdue).doesNotContain(draft);
		assertThat(new WebSession(port).get("/recommendations/" + overdue).body()).contains("Open the corridor.");
	}

	@Test
	void theReviewReportPageIsSharedOnlyWithThoseInvolvedUntilPublication() {
		long cycle = fixtures.cycle("SECRETARIAT_ANALYSIS");
		String page = "/reviews/" + cycle + "/review/KAZ";
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		analyst.get(page);
		HttpResponse<String> saved = analyst.post(page + "/findings",
				Map.of("area", "TRN", "assessment", "OFF_TRACK", "text", "Corridor stalled.", "version", ""));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(analyst.get(page).body()).contains("Corridor stalled.");

		HttpResponse<String> anonymous = new WebSession(port).get(page);
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/login");
		assertThat(WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ).get(page).statusCode()).isEqualTo(403);
		assertThat(WebSession.signedIn(port, TestAccounts.COORDINATOR_AZE).get(page).statusCode()).isEqualTo(403);

		fixtures.status(cycle, "PUBLISHED");
		assertThat(new WebSession(port).get(page).body()).contains("Corridor stalled.");
	}

	@Test
	void aRefusedFormComesBackWithItsReason() {
		long cycle = fixtures.cycle("QUESTIONS_OPEN");
		String page = "/reviews/" + cycle + "/questions/KAZ";
		WebSession examiner = WebSession.signedIn(port, TestAccounts.EXAMINER);
		examiner.get(page);
		HttpResponse<String> blank = examiner.post(page, Map.of("area", "TRN", "question", " "));
		assertThat(blank.statusCode()).isEqualTo(302);
		assertThat(examiner.get(page).body()).contains("write the question");

		examiner.post(page, Map.of("area", "TRN", "question", "Which corridor comes first?"));
		assertThat(examiner.get(page).body()).contains("Which corridor comes first?");
		assertThat(WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ).get(page).body())
			.contains("Which corridor comes first?");
		HttpResponse<String> otherMember = WebSession.signedIn(port, TestAccounts.COORDINATOR_AZE).get(page);
		assertThat(otherMember.statusCode()).isEqualTo(200);
		assertThat(otherMember.body()).doesNotContain("Which corridor comes first?");
		HttpResponse<String> expert = WebSession.signedIn(port, TestAccounts.EXPERT).get(page);
		assertThat(expert.statusCode()).isEqualTo(403);
	}

	@OnPostgres
	static class OnPostgresTest extends ReviewPagesAndApiTest {
	}
}
