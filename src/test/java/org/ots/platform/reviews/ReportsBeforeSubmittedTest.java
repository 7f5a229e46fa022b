package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
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

/**
 * A cycle says "reports submitted" only when they are: the move from the self-assessment names the states whose
 * national report is missing, and goes on without them only with the Secretariat's reason, which is recorded in
 * the cycle's history and the audit; the cycle page then shows those states as having no report.
 */
@IntegrationTest
class ReportsBeforeSubmittedTest {

	/** Years 3165-3174 of the cycle rules part (3150-3199), for cycles this class opens itself. */
	private static final AtomicInteger YEARS = new AtomicInteger(3165);

	@LocalServerPort
	int port;

	@Autowired
	ReportFixtures fixtures;

	@Autowired
	ReviewCycleService cycles;

	@Autowired
	NationalReportService reports;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		accounts.ensure();
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	@Test
	void theMoveToSubmittedNamesTheStatesWhoseReportIsMissing() {
		long cycle = kazakhReportSubmittedAzerbaijaniMissing();
		accounts.actAs(TestAccounts.ANALYST);

		assertThatThrownBy(() -> cycles.advance(cycle, null, null)).isInstanceOf(MissingReportsException.class)
			.hasMessageContaining("No national report has been submitted by AZE yet")
			.hasMessageNotContaining("KAZ");
		assertThat(cycles.get(cycle).status()).isEqualTo(CycleStatus.SELF_ASSESSMENT);
		assertThat(cycles.missingReports(cycle)).containsExactly("AZE");
	}

	@Test
	void withAReasonTheCycleGoesOnAndTheReasonIsInTheHistoryAndTheAudit() {
		long cycle = kazakhReportSubmittedAzerbaijaniMissing();
		accounts.actAs(TestAccounts.ANALYST);

		assertThat(cycles.advance(cycle, "Azerbaijan reports next year, as the Council agreed", null).status())
			.isEqualTo(CycleStatus.SUBMITTED);

		assertThat(cycles.history(cycle)).last()
			.extracting(ReviewCycle.Transition::reason)
			.isEqualTo("without the national reports of AZE: Azerbaijan reports next year, as the Council agreed");
		String audited = jdbc.sql("SELECT after_value FROM audit_entry WHERE action = 'ADVANCE' AND entity_id = ?"
				+ " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.param(String.valueOf(cycles.get(cycle).year()))
			.query(String.class)
			.single();
		assertThat(audited).contains("without the national reports of AZE", "as the Council agreed");
	}

	@Test
	void whenEveryReportIsSubmittedTheCycleMovesOnWithoutAReason() {
		accounts.actAs(TestAccounts.ANALYST);
		long cycle = cycles.open(YEARS.incrementAndGet(), LocalDate.of(2020, 1, 15), Set.of("KAZ"), null).id();
		cycles.advance(cycle);
		fixtures.completeKazakhReport(cycle);
		reports.submit(cycle, "KAZ");
		accounts.actAs(TestAccounts.ANALYST);

		assertThat(cycles.advance(cycle).status()).isEqualTo(CycleStatus.SUBMITTED);
		assertThat(cycles.history(cycle)).last().extracting(ReviewCycle.Transition::reason).isNull();
	}

	@Test
	void thePageAsksForTheReasonOnlyWhenReportsAreMissingAndThenShowsNoReport() {
		long cycle = kazakhReportSubmittedAzerbaijaniMissing();
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		String page = "/reviews/" + cycle;
		int version = cycles.get(cycle).version();

		assertThat(analyst.get(page).body()).contains("No national report has been submitted yet by AZE", "name=\"reason\"");
		analyst.post(page + "/advance", Map.of("version", String.valueOf(version)));
		assertThat(analyst.get(page).body()).contains("No national report has been submitted by AZE yet");
		assertThat(cycles.get(cycle).status()).isEqualTo(CycleStatus.SELF_ASSESSMENT);

		analyst.post(page + "/advance", Map.of("version", String.valueOf(version), "reason", "Council decision of May"));
		String moved = analyst.get(page).body();
		assertThat(cycles.get(cycle).status()).isEqualTo(CycleStatus.SUBMITTED);
		assertThat(moved).contains("No report", "Submitted", "Council decision of May")
			.doesNotContain("No national report has been submitted yet by");
	}

	@Test
	void overTheApiAMissingReportIsAConflictThatNamesTheStates() {
		long cycle = kazakhReportSubmittedAzerbaijaniMissing();
		ApiClient analyst = ApiClient.as(port, TestAccounts.ANALYST);
		String path = "/api/v1/cycles/" + cycle + "/advance";

		ApiClient.Response refused = analyst.post(path, Map.of());
		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("AZE");
		assertThat(refused.json().get("missingReports").toString()).isEqualTo("[\"AZE\"]");

		ApiClient.Response moved = analyst.post(path, Map.of("reason", "Council decision of May"));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(ApiClient.as(port, TestAccounts.COORDINATOR_KAZ).post(path, Map.of("reason", "x")).status())
			.isEqualTo(403);
	}

	/** A cycle in the self-assessment reviewing KAZ (report submitted) and AZE (no report). */
	private long kazakhReportSubmittedAzerbaijaniMissing() {
		long cycle = fixtures.cycleIn(CycleStatus.SELF_ASSESSMENT);
		fixtures.completeKazakhReport(cycle);
		reports.submit(cycle, "KAZ");
		TestAccounts.actAsNobody();
		return cycle;
	}

	@OnPostgres
	static class OnPostgresTest extends ReportsBeforeSubmittedTest {
	}
}
