package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's review cycles load through the shared context; each test rolls back, so the demo years 2025 and 2026
 * stay free for other tests and for the next test here.
 */
@IntegrationTest
@Transactional
class ReviewsDemoContentTest {

	@Autowired
	ReviewsDemoContent demo;

	@Autowired
	ReviewCycleService cycles;

	@Autowired
	RecommendationService recommendations;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void signInAsSecretariat() {
		accounts.actAs(TestAccounts.ANALYST);
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	@Test
	void theEarlierCycleIsCompletedWithSubmittedReportsAndAdoptedRecommendations() {
		demo.load();

		ReviewCycle earlier = byYear(2025);
		assertThat(earlier.status()).isEqualTo(CycleStatus.FOLLOW_UP);
		assertThat(earlier.meetingDate()).hasToString("2025-11-20");
		assertThat(earlier.reviewedStates()).containsExactlyInAnyOrder("AZE", "KAZ", "KGZ", "TUR", "UZB");
		assertThat(count("SELECT COUNT(*) FROM national_report WHERE cycle_id = ? AND status = 'SUBMITTED'", earlier.id()))
			.isEqualTo(5);
		assertThat(count("SELECT COUNT(*) FROM review_assignment WHERE cycle_id = ?", earlier.id())).isEqualTo(10);
		assertThat(count("SELECT COUNT(*) FROM cycle_assignment WHERE cycle_id = ?", earlier.id())).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM review_finding f JOIN review_report r ON r.id = f.report_id WHERE r.cycle_id = ?",
				earlier.id())).isEqualTo(15);
	}

	@Test
	void everyDemoTextIsMarkedIllustrative() {
		demo.load();

		long cycle = byYear(2025).id();
		assertThat(jdbc.sql("SELECT s.narrative FROM report_section s JOIN national_report n ON n.id = s.report_id WHERE n.cycle_id = ?")
			.param(cycle).query(String.class).list())
			.isNotEmpty().allSatisfy(text -> assertThat(text).startsWith(ReviewsDemoContent.ILLUSTRATIVE));
		assertThat(jdbc.sql("SELECT body FROM recommendation WHERE cycle_id = ?").param(cycle).query(String.class).list())
			.hasSize(10).allSatisfy(text -> assertThat(text).startsWith(ReviewsDemoContent.ILLUSTRATIVE));
	}

	@Test
	void someRecommendationsShowFollowUpProgress() {
		demo.load();

		Recommendation kazTransport = recommendations.get(Recommendation.code("KAZ", 2025, "TRN", 1));
		assertThat(kazTransport.status()).isEqualTo(RecommendationStatus.AGREED);
		assertThat(jdbc.sql("SELECT DISTINCT status FROM recommendation WHERE cycle_year = 2025").query(String.class).list())
			.contains("AGREED", "NOTED", "ACTION_PLANNED", "IN_PROGRESS");
		assertThat(recommendations.history(Recommendation.code("AZE", 2025, "TRN", 1))).hasSize(3);
	}

	@Test
	void theCurrentCycleIsOpenForSelfAssessmentWithItsMeetingAhead() {
		demo.load();

		ReviewCycle current = byYear(2026);
		assertThat(current.status()).isEqualTo(CycleStatus.SELF_ASSESSMENT);
		assertThat(current.meetingDate()).isAfter(java.time.LocalDate.now());
		assertThat(current.reviewedStates()).contains("AZE", "KAZ", "KGZ", "TUR", "UZB");
	}

	@Test
	void loadsOnlyOnceAndAuditsTheHistoricalInsert() {
		demo.load();
		demo.load();

		assertThat(count("SELECT COUNT(*) FROM review_cycle WHERE cycle_year IN (2025, 2026)", null)).isEqualTo(2);
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE actor = 'demo-content' AND entity_type = 'ReviewCycle'", null))
			.isEqualTo(1);
	}

	private ReviewCycle byYear(int year) {
		return cycles.all().stream().filter(c -> c.year() == year).findFirst().orElseThrow();
	}

	private long count(String sql, Long id) {
		var statement = jdbc.sql(sql);
		return (id == null ? statement : statement.param(id)).query(Long.class).single();
	}

	@OnPostgres
	static class OnPostgresTest extends ReviewsDemoContentTest {
	}
}
