package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pages of a cycle link to each other, so that a cycle can be run by hand (demo part; years 2950-2999). */
@IntegrationTest
class ReviewNavigationTest {

	private static final AtomicInteger YEARS = new AtomicInteger(2950);

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ReviewCycleService cycles;

	@Autowired
	JdbcClient jdbc;

	long cycleId;

	@BeforeEach
	void planCycle() {
		accounts.actAs(TestAccounts.ANALYST);
		int year = YEARS.getAndIncrement();
		while (jdbc.sql("SELECT COUNT(*) FROM review_cycle WHERE cycle_year = ?").param(year).query(Long.class).single() > 0) {
			year = YEARS.getAndIncrement();
		}
		cycleId = cycles.open(year, LocalDate.of(year, 11, 20), Set.of("KAZ", "AZE"), ObserverPolicy.READ_ONLY).id();
		TestAccounts.actAsNobody();
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	@Test
	void theCyclePageLinksToTheAssignmentAndEveryReviewedStatesPages() {
		String page = WebSession.signedIn(port, TestAccounts.ANALYST).get("/reviews/" + cycleId).body();

		assertThat(page).contains("/reviews/" + cycleId + "/assignments", "/reviews/" + cycleId + "/reports/KAZ",
				"/reviews/" + cycleId + "/review/AZE", "/reviews/" + cycleId + "/questions/KAZ");
	}

	@Test
	void aCoordinatorFindsItsOwnReportFromTheListOfCycles() {
		String page = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ).get("/reviews").body();

		assertThat(page).contains("Your national report (KAZ)", "/reviews/" + cycleId + "/reports/KAZ");
	}

	@Test
	void theListShowsNoPageLinksToAnonymousReaders() {
		String page = new WebSession(port).get("/reviews").body();

		assertThat(page).doesNotContain("/reviews/" + cycleId + "/reports/");
	}

	@Test
	void theListLinksThePagesOfAPublishedCycleForAnonymousReaders() {
		jdbc.sql("UPDATE review_cycle SET status = 'PUBLISHED' WHERE id = ?").param(cycleId).update();

		String page = new WebSession(port).get("/reviews").body();

		assertThat(page).contains("/reviews/" + cycleId + "/reports/KAZ", "/reviews/" + cycleId + "/review/KAZ",
				"/reviews/" + cycleId + "/questions/AZE");
	}

	@Test
	void everyPageLinksToThePublishedRecommendations() {
		assertThat(new WebSession(port).get("/").body()).contains("href=\"/recommendations\"");
	}

	@Test
	void theStatePagesLinkBackToTheCycleForTheSecretariatAndToTheListForOthers() {
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		String report = analyst.get("/reviews/" + cycleId + "/reports/KAZ").body();
		String questions = analyst.get("/reviews/" + cycleId + "/questions/KAZ").body();
		String assignments = analyst.get("/reviews/" + cycleId + "/assignments").body();
		String coordinatorsReport = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ)
			.get("/reviews/" + cycleId + "/reports/KAZ").body();

		assertThat(report).contains("href=\"/reviews/" + cycleId + "\"", "/reviews/" + cycleId + "/questions/KAZ");
		assertThat(questions).contains("href=\"/reviews/" + cycleId + "\"", "/reviews/" + cycleId + "/reports/KAZ");
		assertThat(assignments).contains("href=\"/reviews/" + cycleId + "\"");
		assertThat(coordinatorsReport).doesNotContain("href=\"/reviews/" + cycleId + "\"").contains("href=\"/reviews\"");
	}

	@OnPostgres
	static class OnPostgresTest extends ReviewNavigationTest {
	}
}
