package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;

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

@IntegrationTest
class EarlierRecommendationsTest {

	/** Years 3000-3049: no other test plans cycles there. */
	private static final AtomicInteger YEARS = new AtomicInteger(3000);

	@Autowired
	EarlierRecommendations earlier;

	@Autowired
	RecommendationService recommendations;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	ReviewFixtures fixtures;

	@BeforeEach
	void setUp() {
		accounts.ensure();
		fixtures = new ReviewFixtures(jdbc, YEARS);
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	@Test
	void theNextReportListsAnEarlierRecommendationWithTheEvidenceLastReported() {
		long cycle = fixtures.cycle("PUBLISHED");
		int year = jdbc.sql("SELECT cycle_year FROM review_cycle WHERE id = ?").param(cycle).query(Integer.class).single();
		String code = fixtures.recommendation(cycle, "KAZ", "AGREED", null);
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		recommendations.move(code, RecommendationStatus.IN_PROGRESS, "Tender launched", null, null);
		recommendations.move(code, RecommendationStatus.IMPLEMENTED, "Corridor opened, decree 12", null, null);

		assertThat(earlier.of("KAZ", "TRN", year + 1)).filteredOn(f -> f.code().equals(code))
			.singleElement()
			.satisfies(f -> assertThat(f.status()).isEqualTo("IMPLEMENTED"))
			.satisfies(f -> assertThat(f.evidence()).isEqualTo("Corridor opened, decree 12"));
	}

	@Test
	void theNextReportLinksAnEarlierRecommendationToThePageWhereTheStateReportsProgress() {
		long published = fixtures.cycle("PUBLISHED");
		String code = fixtures.recommendation(published, "KAZ", "AGREED", null);
		long next = fixtures.cycle("SELF_ASSESSMENT");

		String report = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ)
			.get("/reviews/" + next + "/reports/KAZ")
			.body();

		assertThat(report).contains("href=\"/recommendations/" + code + "\"");
	}

	@Test
	void aCoordinatorIsOfferedOnlyTheMovesItsStateMayReportWhileTheSecretariatMayDeclareItSuperseded() {
		long published = fixtures.cycle("PUBLISHED");
		String code = fixtures.recommendation(published, "KAZ", "AGREED", null);

		String coordinator = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ).get("/recommendations/" + code).body();
		String analyst = WebSession.signedIn(port, TestAccounts.ANALYST).get("/recommendations/" + code).body();
		String otherState = WebSession.signedIn(port, TestAccounts.COORDINATOR_AZE).get("/recommendations/" + code).body();

		assertThat(coordinator).contains("value=\"IN_PROGRESS\"").doesNotContain("value=\"SUPERSEDED\"");
		assertThat(analyst).contains("value=\"IN_PROGRESS\"", "value=\"SUPERSEDED\"");
		assertThat(otherState).doesNotContain("value=\"IN_PROGRESS\"");
	}

	@OnPostgres
	static class OnPostgresTest extends EarlierRecommendationsTest {
	}
}
