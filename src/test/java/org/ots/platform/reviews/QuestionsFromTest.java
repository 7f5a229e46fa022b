package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
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
import org.springframework.security.access.AccessDeniedException;

/**
 * Who asks the written questions of a cycle: the Secretariat's setting, chosen when the cycle is planned and
 * changeable until questions open. In a cycle kept to the examiners, another member state is refused with the
 * reason; the assigned examiner asks as before.
 */
@IntegrationTest
class QuestionsFromTest {

	/** Years 3150-3164 of the cycle rules part (3150-3199). */
	private static final AtomicInteger YEARS = new AtomicInteger(3150);

	@LocalServerPort
	int port;

	@Autowired
	ReviewCycleService cycles;

	@Autowired
	QuestionService questions;

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
	void aCycleLetsTheOtherMemberStatesAskUnlessTheSecretariatSaysOtherwise() {
		ReviewCycle cycle = plan(null);
		assertThat(cycle.questionsFrom()).isEqualTo(QuestionsFrom.EXAMINERS_AND_MEMBERS);
		openQuestions(cycle);

		accounts.actAs(TestAccounts.COORDINATOR_AZE);
		assertThat(questions.ask(cycle.id(), "KAZ", "TRN", "Any member may ask?").askerState()).isEqualTo("AZE");
	}

	@Test
	void anExaminersOnlyCycleRefusesAnotherMembersCoordinatorAndLetsTheAssignedExaminerAsk() {
		ReviewCycle cycle = plan(QuestionsFrom.EXAMINERS_ONLY);
		openQuestions(cycle);

		accounts.actAs(TestAccounts.COORDINATOR_AZE);
		assertThatThrownBy(() -> questions.ask(cycle.id(), "KAZ", "TRN", "May I?"))
			.isInstanceOf(AccessDeniedException.class)
			.hasMessageContaining("only the examiners assigned to KAZ");
		accounts.actAs(TestAccounts.EXAMINER);
		assertThat(questions.ask(cycle.id(), "KAZ", "TRN", "How many crossings are digitised?").askerState())
			.isEqualTo("TUR");
		// TUR examines KAZ, not AZE: towards AZE its examiner is just another member state
		assertThatThrownBy(() -> questions.ask(cycle.id(), "AZE", "TRN", "And you?"))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void overTheApiTheRefusalSaysWhyAndTheExaminerIsHeard() {
		ReviewCycle cycle = plan(QuestionsFrom.EXAMINERS_ONLY);
		openQuestions(cycle);
		String thread = "/api/v1/cycles/" + cycle.id() + "/questions/KAZ";
		Map<String, String> question = Map.of("area", "TRN", "question", "Why the delay?");

		ApiClient.Response refused = ApiClient.as(port, TestAccounts.COORDINATOR_AZE).post(thread, question);
		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		assertThat(refused.json().get("detail").asString()).contains("only the examiners assigned to KAZ");

		ApiClient.Response asked = ApiClient.as(port, TestAccounts.EXAMINER).post(thread, question);
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
	}

	@Test
	void onTheQuestionPageAnotherMemberReadsWhyItMayNotAskAndGetsNoForm() {
		ReviewCycle cycle = plan(QuestionsFrom.EXAMINERS_ONLY);
		openQuestions(cycle);
		String page = "/reviews/" + cycle.id() + "/questions/KAZ";
		WebSession aze = WebSession.signedIn(port, TestAccounts.COORDINATOR_AZE);

		HttpResponse<String> shown = aze.get(page);
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).contains("only the examiners assigned to KAZ ask it written questions")
			.doesNotContain("name=\"question\"");

		HttpResponse<String> posted = aze.post(page, Map.of("area", "TRN", "question", "May I?"));
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(aze.get(page).body()).contains("In the " + cycle.year() + " cycle only the examiners assigned to KAZ");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM written_question WHERE cycle_id = ?").param(cycle.id()).query(Long.class)
			.single()).isZero();

		assertThat(WebSession.signedIn(port, TestAccounts.EXAMINER).get(page).body()).contains("name=\"question\"");
	}

	@Test
	void theSecretariatChangesTheSettingUntilQuestionsOpenAndItIsAudited() {
		ReviewCycle cycle = plan(null);
		accounts.actAs(TestAccounts.ANALYST);
		ReviewCycle changed = cycles.letQuestionsFrom(cycle.id(), QuestionsFrom.EXAMINERS_ONLY, cycle.version());

		assertThat(changed.questionsFrom()).isEqualTo(QuestionsFrom.EXAMINERS_ONLY);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'SET_QUESTIONS_FROM' AND entity_id = ?")
			.param(String.valueOf(cycle.year()))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThatThrownBy(() -> cycles.letQuestionsFrom(cycle.id(), QuestionsFrom.EXAMINERS_AND_MEMBERS, cycle.version()))
			.as("stale version")
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);

		fixtures.status(cycle.id(), "QUESTIONS_OPEN");
		assertThatThrownBy(() -> cycles.letQuestionsFrom(cycle.id(), QuestionsFrom.EXAMINERS_AND_MEMBERS, null))
			.isInstanceOf(CycleRuleException.class)
			.hasMessageContaining("settled once questions open");
	}

	@Test
	void onlyTheSecretariatChangesWhoAsksOverTheApiAndThePage() {
		ReviewCycle cycle = plan(null);
		String path = "/api/v1/cycles/" + cycle.id() + "/questions-from";

		assertThat(ApiClient.as(port, TestAccounts.COORDINATOR_KAZ).put(path, Map.of("questionsFrom", "EXAMINERS_ONLY"))
			.status()).isEqualTo(403);
		ApiClient.Response unknown = ApiClient.as(port, TestAccounts.ANALYST).put(path, Map.of("questionsFrom", "EVERYONE"));
		assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
		ApiClient.Response changed = ApiClient.as(port, TestAccounts.ANALYST)
			.put(path, Map.of("questionsFrom", "EXAMINERS_ONLY", "version", cycle.version()));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("questionsFrom").asString()).isEqualTo("EXAMINERS_ONLY");

		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		String page = "/reviews/" + cycle.id();
		assertThat(analyst.get(page).body()).contains("The assigned examiners only");
		analyst.post(page + "/questions-from", Map.of("questionsFrom", "EXAMINERS_AND_MEMBERS"));
		assertThat(cycles.get(cycle.id()).questionsFrom()).isEqualTo(QuestionsFrom.EXAMINERS_AND_MEMBERS);
		assertThat(WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ)
			.post(page + "/questions-from", Map.of("questionsFrom", "EXAMINERS_ONLY"))
			.statusCode()).isEqualTo(403);
	}

	@Test
	void thePlanningFormSetsWhoAsks() {
		int year = YEARS.incrementAndGet();
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		analyst.get("/reviews/new");
		HttpResponse<String> planned = analyst.post("/reviews", Map.of("year", String.valueOf(year), "meetingDate",
				year + "-06-15", "states", "KAZ", "questionsFrom", "EXAMINERS_ONLY"));

		assertThat(planned.statusCode()).as(planned.body()).isEqualTo(302);
		assertThat(cycles.all().stream().filter(c -> c.year() == year).findFirst().orElseThrow().questionsFrom())
			.isEqualTo(QuestionsFrom.EXAMINERS_ONLY);
	}

	/** A cycle reviewing KAZ and AZE, with TUR assigned to examine KAZ. */
	private ReviewCycle plan(QuestionsFrom questionsFrom) {
		int year = YEARS.incrementAndGet();
		accounts.actAs(TestAccounts.ANALYST);
		ReviewCycle cycle = cycles.open(year, LocalDate.now().plusDays(60), Set.of("AZE", "KAZ"), null, questionsFrom);
		fixtures.assign(cycle.id(), "KAZ", "TUR");
		TestAccounts.actAsNobody();
		return cycle;
	}

	private void openQuestions(ReviewCycle cycle) {
		fixtures.status(cycle.id(), "QUESTIONS_OPEN");
	}

	@OnPostgres
	static class OnPostgresTest extends QuestionsFromTest {
	}
}
