package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Secretariat plans and runs a cycle in the browser; visitors see only the list of public facts. */
@IntegrationTest
class CyclePagesTest {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	WebSession analyst;

	@BeforeEach
	void setUp() {
		accounts.ensure();
		analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
	}

	@Test
	void theSecretariatPlansACycleWithTheFormAndSeesItsCalendar() {
		int year = nextYear();
		analyst.get("/reviews/new");
		HttpResponse<String> planned = analyst.post("/reviews", form(year, "2026-11-20", "KAZ", "UZB"));

		assertThat(planned.statusCode()).isEqualTo(302);
		String location = planned.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/reviews/\\d+\\?saved");
		String page = analyst.get(path(location)).body();
		assertThat(page).contains("Review cycle " + year, "KAZ, UZB", "2026-11-06", "Planned", "t-analyst");
	}

	@Test
	void theNextMoveIsAButtonAndEveryMoveIsInTheHistory() {
		String cycle = plan();
		analyst.get(cycle);

		assertThat(analyst.post(cycle + "/advance", Map.of("version", "0")).statusCode()).isEqualTo(302);
		analyst.get(cycle);
		analyst.post(cycle + "/postpone", Map.of("reason", "Summit moved", "version", "1"));
		String page = analyst.get(cycle).body();

		assertThat(page).contains("Postponed", "Summit moved", "stopped at: Self-assessment", "Resume");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM cycle_transition t JOIN review_cycle c ON c.id = t.cycle_id"
				+ " WHERE c.id = ?").param(id(cycle)).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void aStalePageIsToldThatSomeoneElseMovedTheCycle() {
		String cycle = plan();
		analyst.get(cycle);
		analyst.post(cycle + "/advance", Map.of("version", "0"));
		analyst.get(cycle);

		analyst.post(cycle + "/advance", Map.of("version", "0"));
		String page = analyst.get(cycle).body();

		assertThat(page).contains("Someone else changed this cycle meanwhile").contains("Self-assessment");
	}

	@Test
	void aDateOutOfOrderIsRefusedWithTheRule() {
		String cycle = plan();
		analyst.get(cycle);
		analyst.post(cycle + "/deadlines", Map.of("kind", "QUESTIONS_DUE", "date", "2026-12-01", "version", "0"));

		assertThat(analyst.get(cycle).body()).contains("Answers must be due after the questions");
		analyst.post(cycle + "/deadlines", Map.of("kind", "QUESTIONS_DUE", "date", "not a date", "version", "0"));
		assertThat(analyst.get(cycle).body()).contains("Give a valid date");
	}

	@Test
	void aFormWithoutYearOrStatesComesBackWithTheReason() {
		analyst.get("/reviews/new");
		HttpResponse<String> noYear = analyst.post("/reviews", form(null, "2026-11-20", "KAZ"));
		assertThat(noYear.statusCode()).isEqualTo(200);
		assertThat(noYear.body()).contains("Give the year of the cycle");
		HttpResponse<String> noStates = analyst.post("/reviews", form(nextYear(), "2026-11-20"));
		assertThat(noStates.body()).contains("Choose at least one state");
		HttpResponse<String> observer = analyst.post("/reviews", form(nextYear(), "2026-11-20", "HUN"));
		assertThat(observer.body()).contains("HUN is an observer");
	}

	@Test
	void visitorsSeeThePublicListOnlyAndOtherRolesAreRefusedTheSecretariatsPages() {
		String cycle = plan();
		WebSession visitor = new WebSession(port);
		HttpResponse<String> list = visitor.get("/reviews");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("KAZ").doesNotContain(cycle + "\"");
		assertThat(visitor.get(cycle).headers().firstValue("Location").orElse("")).contains("/login");

		for (String user : new String[] { TestAccounts.COORDINATOR_KAZ, TestAccounts.EXAMINER }) {
			WebSession other = WebSession.signedIn(port, user);
			assertThat(other.get(cycle).statusCode()).isEqualTo(403);
			assertThat(other.get("/reviews/new").statusCode()).isEqualTo(403);
			other.get("/reviews");
			assertThat(other.post(cycle + "/advance", Map.of("version", "0")).statusCode()).isEqualTo(403);
		}
		assertThat(analyst.get(cycle).body()).contains("Planned");
	}

	@Test
	void theSecretariatsPagesSpeakRussianAndTurkish() {
		String cycle = plan();
		analyst.get(cycle);
		analyst.post(cycle + "/postpone", Map.of("reason", "Summit moved", "version", "0"));
		Map<String, String> expected = Map.of("ru", "Календарь", "tr", "Takvim");
		expected.forEach((language, calendar) -> {
			String page = analyst.get(cycle + "?lang=" + language).body();
			assertThat(page).as(language).contains(calendar).doesNotContain("??").doesNotContain("Calendar");
			assertThat(analyst.get("/reviews/new?lang=" + language).body()).as(language).doesNotContain("??");
			assertThat(analyst.get("/reviews?lang=" + language).body()).as(language).doesNotContain("??");
		});
	}

	private String plan() {
		analyst.get("/reviews/new");
		HttpResponse<String> planned = analyst.post("/reviews", form(nextYear(), "2026-11-20", "KAZ"));
		assertThat(planned.statusCode()).as(planned.body()).isEqualTo(302);
		return path(planned.headers().firstValue("Location").orElseThrow()).replace("?saved", "");
	}

	/** The next free year of this class's range (2420-2429 of the cycles part's 2400-2499). */
	private int nextYear() {
		return jdbc.sql("SELECT COALESCE(MAX(cycle_year), 2419) + 1 FROM review_cycle WHERE cycle_year BETWEEN 2420 AND 2429")
			.query(Integer.class)
			.single();
	}

	private static Map<String, String> form(Integer year, String meeting, String... states) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("year", year == null ? "" : year.toString());
		form.put("meetingDate", meeting);
		form.put("observerPolicy", "READ_ONLY");
		// A browser sends one field per ticked box; the test client sends them joined, which Spring splits alike.
		form.put("states", String.join(",", states));
		return form;
	}

	private static String path(String location) {
		return location.replaceFirst("^https?://[^/]+", "");
	}

	private static long id(String cyclePath) {
		return Long.parseLong(cyclePath.substring(cyclePath.lastIndexOf('/') + 1));
	}

	@OnPostgres
	static class OnPostgresTest extends CyclePagesTest {
	}
}
