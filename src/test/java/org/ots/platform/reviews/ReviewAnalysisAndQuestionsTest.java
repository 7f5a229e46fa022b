package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ReviewAnalysisAndQuestionsTest {

	/** Years 2700-2759 are this part's (written questions, analysis, recommendations). */
	private static final AtomicInteger YEARS = new AtomicInteger(2700);

	@Autowired
	QuestionService questions;

	@Autowired
	ReviewReportService reports;

	@Autowired
	RecommendationService recommendations;

	@Autowired
	RecommendationFollowUp followUp;

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

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	@Test
	void anotherMembersExaminerAsksAndTheReviewedStateAnswersOnTime() {
		long cycle = fixtures.cycle("QUESTIONS_OPEN");
		accounts.actAs(TestAccounts.EXAMINER);
		WrittenQuestion asked = questions.ask(cycle, "KAZ", "TRN", "How many border crossings are digitised?");
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);

		WrittenQuestion answered = questions.answer(asked.id(), "Seven of twelve.", asked.version());

		assertThat(answered.askerState()).isEqualTo("TUR");
		assertThat(answered.answer()).isEqualTo("Seven of twelve.");
		assertThat(answered.isFlaggedLate()).isFalse();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'WrittenQuestion' AND entity_id = ?")
			.param(String.valueOf(asked.id()))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void lateQuestionsAndAnswersAreFlaggedNotRefusedAndTheSecretariatMayAcceptThem() {
		LocalDate yesterday = LocalDate.now().minusDays(1);
		long cycle = fixtures.cycle("QUESTIONS_OPEN", yesterday, yesterday);
		accounts.actAs(TestAccounts.COORDINATOR_AZE);
		WrittenQuestion late = questions.ask(cycle, "KAZ", "TRD", "Why did transit fall?");
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		WrittenQuestion answered = questions.answer(late.id(), "Sanctions rerouted it.", null);

		assertThat(answered.askedLate()).isTrue();
		assertThat(answered.answeredLate()).isTrue();
		assertThat(answered.isFlaggedLate()).isTrue();
		assertThatThrownBy(() -> questions.acceptLate(late.id())).isInstanceOf(AccessDeniedException.class);
		accounts.actAs(TestAccounts.ANALYST);
		assertThat(questions.acceptLate(late.id()).isFlaggedLate()).isFalse();
	}

	@Test
	void questionsAreAskedOnlyWhileTheWindowIsOpenAndNotByTheReviewedStateOrTheSecretariat() {
		long closed = fixtures.cycle("ANSWERS_DUE");
		long open = fixtures.cycle("QUESTIONS_OPEN");
		accounts.actAs(TestAccounts.EXAMINER);
		assertThatThrownBy(() -> questions.ask(closed, "KAZ", "TRN", "Too late?"))
			.isInstanceOf(ReviewRuleException.class)
			.hasMessageContaining("QUESTIONS_OPEN");
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		assertThatThrownBy(() -> questions.ask(open, "KAZ", "TRN", "Self-question")).isInstanceOf(AccessDeniedException.class);
		accounts.actAs(TestAccounts.ANALYST);
		assertThatThrownBy(() -> questions.ask(open, "KAZ", "TRN", "Secretariat question"))
			.isInstanceOf(AccessDeniedException.class);
		accounts.actAs(TestAccounts.EXPERT);
		assertThatThrownBy(() -> questions.ask(open, "KAZ", "TRN", "Unassigned expert"))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aQuestionOrFindingOnAnUnknownAreaIsRefusedWithTheKnownOnes() {
		long cycle = fixtures.cycle("QUESTIONS_OPEN");
		accounts.actAs(TestAccounts.EXAMINER);
		assertThatThrownBy(() -> questions.ask(cycle, "KAZ", "SPACE", "Rockets?"))
			.isInstanceOf(ReviewRuleException.class)
			.hasMessageContaining("TRN");
		accounts.actAs(TestAccounts.ANALYST);
		assertThatThrownBy(() -> reports.saveFinding(cycle, "KAZ", "SPACE", Assessment.PARTLY, "x", null))
			.isInstanceOf(ReviewRuleException.class);
	}

	@Test
	void onlyTheReviewedStatesCoordinatorsAnswer() {
		long cycle = fixtures.cycle("QUESTIONS_OPEN");
		accounts.actAs(TestAccounts.EXAMINER);
		WrittenQuestion asked = questions.ask(cycle, "KAZ", "TRN", "Question");
		for (String other : List.of(TestAccounts.COORDINATOR_AZE, TestAccounts.ANALYST, TestAccounts.EXAMINER)) {
			accounts.actAs(other);
			assertThatThrownBy(() -> questions.answer(asked.id(), "Answer", null)).as(other)
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void theThreadIsSeenByThoseInvolvedOnlyUntilPublication() {
		long cycle = fixtures.cycle("QUESTIONS_OPEN");
		accounts.actAs(TestAccounts.EXAMINER);
		questions.ask(cycle, "KAZ", "TRN", "Question");

		for (String involved : List.of(TestAccounts.ANALYST, TestAccounts.COORDINATOR_KAZ, TestAccounts.EXAMINER)) {
			accounts.actAs(involved);
			assertThat(questions.thread(cycle, "KAZ")).as(involved).hasSize(1);
		}
		for (String outsider : List.of(TestAccounts.COORDINATOR_AZE, TestAccounts.EXPERT)) {
			accounts.actAs(outsider);
			assertThatThrownBy(() -> questions.thread(cycle, "KAZ")).as(outsider).isInstanceOf(AccessDeniedException.class);
		}
		TestAccounts.actAsNobody();
		assertThatThrownBy(() -> questions.thread(cycle, "KAZ")).isInstanceOf(AccessDeniedException.class);

		fixtures.status(cycle, "PUBLISHED");
		assertThat(questions.thread(cycle, "KAZ")).hasSize(1);
		accounts.actAs(TestAccounts.COORDINATOR_AZE);
		assertThat(questions.thread(cycle, "KAZ")).hasSize(1);
	}

	@Test
	void anAssignedExaminerSeesTheThreadWithoutHavingAsked() {
		long cycle = fixtures.cycle("QUESTIONS_OPEN");
		accounts.actAs(TestAccounts.EXAMINER);
		assertThatThrownBy(() -> questions.thread(cycle, "UZB")).isInstanceOf(AccessDeniedException.class);
		fixtures.assign(cycle, "UZB", "TUR");
		assertThat(questions.thread(cycle, "UZB")).isEmpty();
	}

	@Test
	void theDraftReportIsSharedWithTheReviewedStateAndItsExaminersFromTheFactualCheck() {
		long cycle = fixtures.cycle("SECRETARIAT_ANALYSIS");
		fixtures.assign(cycle, "KAZ", "TUR");
		accounts.actAs(TestAccounts.ANALYST);
		reports.saveFinding(cycle, "KAZ", "TRN", Assessment.PARTLY, "Corridor works are late.", null);

		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		assertThatThrownBy(() -> reports.report(cycle, "KAZ")).isInstanceOf(AccessDeniedException.class);
		fixtures.status(cycle, "FACTUAL_CHECK");
		assertThat(reports.report(cycle, "KAZ").findings()).extracting(ReviewReport.Finding::assessment)
			.containsExactly(Assessment.PARTLY);
		accounts.actAs(TestAccounts.EXAMINER);
		assertThat(reports.report(cycle, "KAZ").findings()).hasSize(1);
		accounts.actAs(TestAccounts.COORDINATOR_AZE);
		assertThatThrownBy(() -> reports.report(cycle, "KAZ")).isInstanceOf(AccessDeniedException.class);
		TestAccounts.actAsNobody();
		assertThatThrownBy(() -> reports.report(cycle, "KAZ")).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void commentsOfTheFactualCheckAreAnAnnexAndNeverChangeTheSecretariatsText() {
		long cycle = fixtures.cycle("SECRETARIAT_ANALYSIS");
		accounts.actAs(TestAccounts.ANALYST);
		reports.saveFinding(cycle, "KAZ", "TRN", Assessment.OFF_TRACK, "No progress.", null);
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		assertThatThrownBy(() -> reports.comment(cycle, "KAZ", "TRN", "Too early")).isInstanceOf(ReviewRuleException.class);
		fixtures.status(cycle, "FACTUAL_CHECK");
		reports.comment(cycle, "KAZ", "TRN", "The new port opened in March.");
		accounts.actAs(TestAccounts.COORDINATOR_AZE);
		assertThatThrownBy(() -> reports.comment(cycle, "KAZ", "TRN", "Not mine")).isInstanceOf(AccessDeniedException.class);

		accounts.actAs(TestAccounts.ANALYST);
		ReviewReport report = reports.report(cycle, "KAZ");
		assertThat(report.findings()).extracting(ReviewReport.Finding::text).containsExactly("No progress.");
		assertThat(report.comments()).extracting(ReviewReport.Comment::text).containsExactly("The new port opened in March.");
	}

	@Test
	void twoAnalystsNeverSilentlyOverwriteAFinding() {
		long cycle = fixtures.cycle("SECRETARIAT_ANALYSIS");
		accounts.actAs(TestAccounts.ANALYST);
		reports.saveFinding(cycle, "KAZ", "DIG", Assessment.ON_TRACK, "First.", null);
		reports.saveFinding(cycle, "KAZ", "DIG", Assessment.ON_TRACK, "Second.", 0);
		assertThatThrownBy(() -> reports.saveFinding(cycle, "KAZ", "DIG", Assessment.PARTLY, "Stale.", 0))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> reports.saveFinding(cycle, "KAZ", "DIG", Assessment.PARTLY, "Blind.", null))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
	}

	@Test
	void draftRecommendationsAreNumberedPerStateYearAndArea() {
		long cycle = fixtures.cycle("CONCLUSIONS_DRAFTING");
		int year = jdbc.sql("SELECT cycle_year FROM review_cycle WHERE id = ?").param(cycle).query(Integer.class).single();
		accounts.actAs(TestAccounts.ANALYST);
		Recommendation first = reports.draftRecommendation(cycle, "KAZ", "TRN", Priority.HIGH, List.of("TRN.X"),
				LocalDate.of(2030, 12, 31), "Digitise the border crossings.");
		Recommendation second = reports.draftRecommendation(cycle, "KAZ", "TRN", null, null, null, "Publish transit times.");
		Recommendation digital = reports.draftRecommendation(cycle, "KAZ", "DIG", Priority.LOW, null, null, "Open data.");

		assertThat(List.of(first.code(), second.code(), digital.code())).containsExactly("KAZ-" + year + "-TR-01",
				"KAZ-" + year + "-TR-02", "KAZ-" + year + "-DG-01");
		assertThat(second.status()).isEqualTo(RecommendationStatus.DRAFT);
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		assertThatThrownBy(() -> reports.draftRecommendation(cycle, "KAZ", "TRN", null, null, null, "Mine"))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void adoptedRecommendationsBecomePublicWithPublicationAndAreFollowedUp() {
		long cycle = fixtures.cycle("CONCLUSIONS_DRAFTING");
		int year = jdbc.sql("SELECT cycle_year FROM review_cycle WHERE id = ?").param(cycle).query(Integer.class).single();
		fixtures.assign(cycle, "KAZ", "TUR");
		accounts.actAs(TestAccounts.ANALYST);
		String agreed = reports.draftRecommendation(cycle, "KAZ", "TRN", Priority.HIGH, null, LocalDate.of(2000, 1, 1),
				"Digitise.").code();
		String noted = reports.draftRecommendation(cycle, "KAZ", "TRN", Priority.LOW, null, null, "Privatise.").code();
		fixtures.status(cycle, "REVIEW_MEETING");
		reports.recordMeeting(cycle, "KAZ", LocalDate.now(), "All members", "Good progress.", 0);
		reports.adopt(cycle, "KAZ", Map.of(agreed, RecommendationStatus.AGREED, noted, RecommendationStatus.NOTED));
		assertThat(recommendations.published("KAZ", null)).extracting(Recommendation::code).doesNotContain(agreed);

		fixtures.status(cycle, "PUBLISHED");
		TestAccounts.actAsNobody();
		assertThat(recommendations.published("KAZ", "TRN")).extracting(Recommendation::code).contains(agreed, noted);
		assertThat(reports.report(cycle, "KAZ").meeting().conclusions()).isEqualTo("Good progress.");
		assertThat(followUp.earlier("KAZ", year + 1)).extracting(Recommendation::code).contains(agreed, noted);
		assertThat(followUp.earlier("KAZ", year)).extracting(Recommendation::code).doesNotContain(agreed);

		accounts.actAs(TestAccounts.COORDINATOR_AZE);
		assertThatThrownBy(() -> recommendations.move(agreed, RecommendationStatus.ACTION_PLANNED, "plan", "2026", null))
			.isInstanceOf(AccessDeniedException.class);
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		recommendations.move(agreed, RecommendationStatus.IMPLEMENTED, "Decree 7", "2026", null);
		accounts.actAs(TestAccounts.EXAMINER);
		Recommendation verified = recommendations.move(agreed, RecommendationStatus.VERIFIED, "Visited", "2027", null);

		assertThat(verified.status()).isEqualTo(RecommendationStatus.VERIFIED);
		assertThat(recommendations.history(agreed)).extracting(Recommendation.Event::assertedAs)
			.containsExactly(Asserter.SECRETARIAT, Asserter.SECRETARIAT, Asserter.STATE, Asserter.EXAMINERS);
		RecommendationService.BoardRow row = recommendations.board("KAZ", "TRN")
			.stream()
			.filter(r -> r.state().equals("KAZ"))
			.findFirst()
			.orElseThrow();
		assertThat(row.verified()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void theMeetingDecidesOnlyAgreedOrNotedAndOnlyInItsWindow() {
		long cycle = fixtures.cycle("ANSWERS_DUE");
		accounts.actAs(TestAccounts.ANALYST);
		String code = reports.draftRecommendation(cycle, "KAZ", "TRN", null, null, null, "Digitise.").code();
		assertThatThrownBy(() -> reports.adopt(cycle, "KAZ", Map.of(code, RecommendationStatus.AGREED)))
			.isInstanceOf(ReviewRuleException.class);
		fixtures.status(cycle, "ADOPTED");
		assertThatThrownBy(() -> reports.adopt(cycle, "KAZ", Map.of(code, RecommendationStatus.IMPLEMENTED)))
			.isInstanceOf(ReviewRuleException.class);
		assertThatThrownBy(() -> recommendations.move(code, RecommendationStatus.AGREED, null, null, null))
			.isInstanceOf(ReviewRuleException.class);
	}

	@OnPostgres
	static class OnPostgresTest extends ReviewAnalysisAndQuestionsTest {
	}
}
