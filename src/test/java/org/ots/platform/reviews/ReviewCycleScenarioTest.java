package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.commitments.CommitmentQuery;
import org.ots.platform.commitments.CommitmentRegistry;
import org.ots.platform.identity.Role;
import org.ots.platform.identity.UserAccounts;
import org.ots.platform.indicators.Area;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The story of one whole peer review of the five members, told as the people involved live it: the Secretariat
 * opens the cycle and accepts the examiners, the coordinators write and submit their national reports, the
 * Secretariat analyses them, the reviewed states check the facts, the examiners ask and the states answer, the
 * meeting adopts the recommendations, the results are published, and the next year's review follows them up.
 * <p>
 * A test cannot wait for the calendar, and the app's clock is the real one. The honest stand-in for passing time
 * is what the Secretariat would do when the calendar changes: the cycle is planned with its meeting four weeks
 * ahead, so that the reports are already circulated (five weeks before) and the questions are still on time (due
 * two weeks before); the question deadline is then moved to yesterday, which makes the next question late; and the
 * meeting is brought forward to today (postponed and resumed with the new date), which carries the answer deadline
 * with it. Years 2900-2999 are this scenario's.
 */
@IntegrationTest
class ReviewCycleScenarioTest {

	private static final List<String> MEMBERS = List.of("AZE", "KAZ", "KGZ", "TUR", "UZB");
	private static final int YEAR = 2900;

	/** The coordinator of each member and one examiner acting for each member. */
	private static final Map<String, String> COORDINATORS = new LinkedHashMap<>();
	private static final Map<String, String> EXAMINERS = new LinkedHashMap<>();
	static {
		MEMBERS.forEach(s -> {
			COORDINATORS.put(s, "sc-coord-" + s.toLowerCase());
			EXAMINERS.put(s, "sc-exam-" + s.toLowerCase());
		});
	}

	@LocalServerPort
	int port;

	@Autowired
	ReviewCycleService cycles;

	@Autowired
	ExaminerAssignments examinerAssignments;

	@Autowired
	Assignments assignments;

	@Autowired
	NationalReportService nationalReports;

	@Autowired
	ReviewReportService reviewReports;

	@Autowired
	QuestionService questions;

	@Autowired
	RecommendationService recommendations;

	@Autowired
	RecommendationFollowUp followUp;

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	CommitmentRegistry commitments;

	@Autowired
	UserAccounts users;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		accounts.ensure();
		MEMBERS.forEach(state -> {
			createIfMissing(COORDINATORS.get(state), Role.NATIONAL_COORDINATOR, state);
			createIfMissing(EXAMINERS.get(state), Role.EXAMINER, state);
		});
	}

	/**
	 * The examiners of any later review may verify a state's recommendations, and this scenario's cycles lie after
	 * every other test's: left in place, their assignments would make the shared test examiners and the test
	 * institute's expert examiners of every earlier recommendation in the shared test database.
	 */
	@AfterEach
	void signOutAndReleaseTheExaminers() {
		TestAccounts.actAsNobody();
		jdbc.sql("DELETE FROM review_assignment WHERE cycle_id IN (SELECT id FROM review_cycle WHERE cycle_year IN (?, ?))")
			.params(YEAR, YEAR + 1)
			.update();
	}

	@Test
	void aWholeReviewOfTheFiveMembersFromOpeningToFollowUpInTheNextCycle() {
		long cycle = theSecretariatOpensTheCycleAndAcceptsTheExaminers();
		eachCoordinatorWritesAndSubmitsTheNationalReport(cycle);
		theSecretariatReturnsOneReportAndItIsSubmittedAgain(cycle);
		theSecretariatAnalysesTheReportsAndDraftsRecommendations(cycle);
		aReviewedStateCommentsInTheFactualCheck(cycle);
		theExaminersAskAndTheStatesAnswer(cycle);
		theMeetingAdoptsTheRecommendationsOneOfThemNoted(cycle);
		thePublishedReviewIsReadByAnyone(cycle);
		long next = theNextCycleFollowsUpTheRecommendations(cycle);
		theBoardCountsWhatWasImplemented(next);
	}

	// Chapter 1
	private long theSecretariatOpensTheCycleAndAcceptsTheExaminers() {
		accounts.actAs(TestAccounts.ANALYST);
		LocalDate meeting = LocalDate.now().plusWeeks(4);
		ReviewCycle opened = cycles.open(YEAR, meeting, Set.copyOf(MEMBERS), null);
		long cycle = opened.id();
		assertThat(opened.status()).isEqualTo(CycleStatus.PLANNED);
		assertThat(opened.reviewedStates()).containsExactlyInAnyOrderElementsOf(MEMBERS);

		examinerAssignments.accept(cycle);
		for (String state : MEMBERS) {
			List<String> examiners = assignments.examinerStates(cycle, state);
			assertThat(examiners).as("examiners of " + state).isNotEmpty().doesNotContain(state);
		}

		assertThat(cycles.advance(cycle).status()).isEqualTo(CycleStatus.SELF_ASSESSMENT);
		// the call for reports reaches every coordinator of the reviewed states
		MEMBERS.forEach(state -> awaitInbox(COORDINATORS.get(state), "/reviews", String.valueOf(YEAR)));
		return cycle;
	}

	// Chapter 2
	private void eachCoordinatorWritesAndSubmitsTheNationalReport(long cycle) {
		for (String state : MEMBERS) {
			accounts.actAs(COORDINATORS.get(state));
			List<Area> areas = catalog.areas();
			for (int i = 0; i < areas.size(); i++) {
				String area = areas.get(i).code();
				// Kyrgyzstan, landlocked, says why its first area does not apply instead of writing a narrative
				boolean notApplicable = state.equals("KGZ") && i == 0;
				nationalReports.saveSection(cycle, state, area,
						new SectionEdit(notApplicable ? null : "<p>" + state + " progress in " + area + ".</p>", notApplicable,
								notApplicable ? "No sea ports: the area does not concern a landlocked state." : null,
								versionOf(cycle, state, area)));
			}
			assertThat(nationalReports.view(cycle, state).missing()).as(state + " before the commitments")
				.hasSameSizeAs(relevantCommitments(state));
			relevantCommitments(state).forEach(id -> nationalReports.saveCommitmentStatus(cycle, state, id,
					CommitmentProgress.IN_PROGRESS, "Works started"));
			// the examiners do not see a draft
			accounts.actAs(EXAMINERS.get(examinerOf(cycle, state)));
			assertThatThrownBy(() -> nationalReports.view(cycle, state)).as(state).isInstanceOf(AccessDeniedException.class);
			accounts.actAs(COORDINATORS.get(state));
			ReportView complete = nationalReports.view(cycle, state);
			assertThat(complete.missing()).as(state).isEmpty();
			assertThat(complete.maySubmit()).isTrue();

			// a coordinator writes for its own state only
			String other = MEMBERS.get((MEMBERS.indexOf(state) + 1) % MEMBERS.size());
			assertThatThrownBy(() -> nationalReports.submit(cycle, other)).isInstanceOf(AccessDeniedException.class);

			assertThat(nationalReports.submit(cycle, state).status()).isEqualTo(ReportStatus.SUBMITTED);
			awaitInbox(TestAccounts.ANALYST, ReviewNotificationsLink.report(cycle, state), state);
		}
		// drafts and even submitted reports are not for the other states or the public before publication
		accounts.actAs(COORDINATORS.get("AZE"));
		assertThatThrownBy(() -> nationalReports.view(cycle, "KAZ")).isInstanceOf(AccessDeniedException.class);
		TestAccounts.actAsNobody();
		assertThatThrownBy(() -> nationalReports.view(cycle, "KAZ")).isInstanceOf(AccessDeniedException.class);
		// an assigned examiner reads the submitted report
		accounts.actAs(EXAMINERS.get(examinerOf(cycle, "KAZ")));
		assertThat(nationalReports.view(cycle, "KAZ").report().status()).isEqualTo(ReportStatus.SUBMITTED);
	}

	// Chapter 3
	private void theSecretariatReturnsOneReportAndItIsSubmittedAgain(long cycle) {
		accounts.actAs(TestAccounts.ANALYST);
		NationalReport returned = nationalReports.returnToState(cycle, "UZB", "Please add the 2025 rail figures.");
		assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
		awaitInbox(COORDINATORS.get("UZB"), ReviewNotificationsLink.report(cycle, "UZB"), "2025 rail figures");

		accounts.actAs(COORDINATORS.get("UZB"));
		String area = catalog.areas().get(0).code();
		nationalReports.saveSection(cycle, "UZB", area,
				new SectionEdit("<p>UZB progress, with the 2025 rail figures.</p>", false, null, versionOf(cycle, "UZB", area)));
		assertThat(nationalReports.submit(cycle, "UZB").status()).isEqualTo(ReportStatus.SUBMITTED);

		accounts.actAs(TestAccounts.ANALYST);
		assertThat(cycles.advance(cycle).status()).isEqualTo(CycleStatus.SUBMITTED);
		assertThat(cycles.advance(cycle).status()).isEqualTo(CycleStatus.SECRETARIAT_ANALYSIS);
	}

	// Chapter 4
	private void theSecretariatAnalysesTheReportsAndDraftsRecommendations(long cycle) {
		accounts.actAs(TestAccounts.ANALYST);
		String area = catalog.areas().get(1).code();
		for (String state : MEMBERS) {
			reviewReports.saveFinding(cycle, state, area, state.equals("KAZ") ? Assessment.PARTLY : Assessment.ON_TRACK,
					"The Secretariat's finding on " + state + ".", null);
			reviewReports.draftRecommendation(cycle, state, area, Priority.HIGH, null, LocalDate.of(YEAR + 1, 6, 30),
					"Digitise the procedures of " + state + ".");
			reviewReports.draftRecommendation(cycle, state, area, Priority.LOW, null, null,
					"Publish the statistics of " + state + " quarterly.");
		}
		// the analysis is the Secretariat's until the factual check
		accounts.actAs(COORDINATORS.get("KAZ"));
		assertThatThrownBy(() -> reviewReports.report(cycle, "KAZ")).isInstanceOf(AccessDeniedException.class);

		accounts.actAs(TestAccounts.ANALYST);
		assertThat(cycles.advance(cycle).status()).isEqualTo(CycleStatus.FACTUAL_CHECK);
	}

	// Chapter 5
	private void aReviewedStateCommentsInTheFactualCheck(long cycle) {
		String area = catalog.areas().get(1).code();
		accounts.actAs(COORDINATORS.get("KAZ"));
		assertThat(reviewReports.report(cycle, "KAZ").findings()).extracting(ReviewReport.Finding::assessment)
			.containsExactly(Assessment.PARTLY);
		reviewReports.comment(cycle, "KAZ", area, "The new dry port opened in March.");
		accounts.actAs(COORDINATORS.get("AZE"));
		assertThatThrownBy(() -> reviewReports.comment(cycle, "KAZ", area, "Not ours"))
			.isInstanceOf(AccessDeniedException.class);

		accounts.actAs(TestAccounts.ANALYST);
		ReviewReport kazakh = reviewReports.report(cycle, "KAZ");
		assertThat(kazakh.findings()).extracting(ReviewReport.Finding::text)
			.containsExactly("The Secretariat's finding on KAZ.");
		assertThat(kazakh.comments()).extracting(ReviewReport.Comment::text).containsExactly("The new dry port opened in March.");
		assertThat(cycles.advance(cycle).status()).isEqualTo(CycleStatus.QUESTIONS_OPEN);
	}

	// Chapter 6
	private void theExaminersAskAndTheStatesAnswer(long cycle) {
		String area = catalog.areas().get(1).code();
		for (String state : MEMBERS) {
			String examinerState = examinerOf(cycle, state);
			accounts.actAs(EXAMINERS.get(examinerState));
			WrittenQuestion asked = questions.ask(cycle, state, area, "How far is the digitisation in " + state + "?");
			assertThat(asked.askedLate()).isFalse();
			awaitInbox(COORDINATORS.get(state), ReviewNotificationsLink.report(cycle, state), examinerState);
		}
		// any member may ask (WTO practice), but never the reviewed state itself
		accounts.actAs(EXAMINERS.get("KAZ"));
		assertThatThrownBy(() -> questions.ask(cycle, "KAZ", area, "Our own?")).isInstanceOf(AccessDeniedException.class);

		// the question deadline passes; a late question is flagged, not refused, and the Secretariat accepts it
		accounts.actAs(TestAccounts.ANALYST);
		cycles.moveDeadline(cycle, DeadlineKind.QUESTIONS_DUE, LocalDate.now().minusDays(1));
		accounts.actAs(EXAMINERS.get(examinerOf(cycle, "TUR")));
		WrittenQuestion late = questions.ask(cycle, "TUR", area, "And the customs single window?");
		assertThat(late.isFlaggedLate()).isTrue();
		accounts.actAs(TestAccounts.ANALYST);
		assertThat(questions.acceptLate(late.id()).isFlaggedLate()).isFalse();
		assertThat(cycles.advance(cycle).status()).isEqualTo(CycleStatus.ANSWERS_DUE);

		for (String state : MEMBERS) {
			accounts.actAs(COORDINATORS.get(state));
			for (WrittenQuestion q : questions.thread(cycle, state)) {
				WrittenQuestion answered = questions.answer(q.id(), state + " answers: two thirds are done.", q.version());
				assertThat(answered.answeredLate()).isFalse();
				awaitInbox(EXAMINERS.get(q.askerState()), ReviewNotificationsLink.report(cycle, state), state);
			}
			assertThat(questions.thread(cycle, state)).allMatch(WrittenQuestion::isAnswered);
		}
		accounts.actAs(TestAccounts.ANALYST);
		assertThat(questions.thread(cycle, "TUR")).hasSize(2);
	}

	// Chapter 7
	private void theMeetingAdoptsTheRecommendationsOneOfThemNoted(long cycle) {
		accounts.actAs(TestAccounts.ANALYST);
		// the meeting cannot be held before its date ...
		assertThatThrownBy(() -> cycles.advance(cycle)).isInstanceOf(CycleRuleException.class);
		// ... so the ministers bring it forward to today
		cycles.postpone(cycle, "The ministers meet earlier, alongside the summit.");
		ReviewCycle resumed = cycles.resume(cycle, LocalDate.now());
		assertThat(resumed.status()).isEqualTo(CycleStatus.ANSWERS_DUE);
		assertThat(resumed.meetingDate()).isEqualTo(LocalDate.now());
		assertThat(cycles.advance(cycle).status()).isEqualTo(CycleStatus.REVIEW_MEETING);

		for (String state : MEMBERS) {
			reviewReports.recordMeeting(cycle, state, LocalDate.now(), "All members and observers",
					"Good progress in " + state + ".", 0);
			Map<String, RecommendationStatus> decisions = new LinkedHashMap<>();
			drafts(cycle, state).forEach(r -> decisions.put(r,
					state.equals("UZB") && r.endsWith("-02") ? RecommendationStatus.NOTED : RecommendationStatus.AGREED));
			List<Recommendation> adopted = reviewReports.adopt(cycle, state, decisions);
			assertThat(adopted).hasSize(2);
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM recommendation WHERE cycle_id = ? AND status = 'NOTED'")
			.param(cycle)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(cycles.advance(cycle).status()).isEqualTo(CycleStatus.CONCLUSIONS_DRAFTING);
		assertThat(cycles.advance(cycle).status()).isEqualTo(CycleStatus.ADOPTED);
	}

	// Chapter 8
	private void thePublishedReviewIsReadByAnyone(long cycle) {
		TestAccounts.actAsNobody();
		assertThatThrownBy(() -> nationalReports.view(cycle, "KAZ")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> reviewReports.report(cycle, "KAZ")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> questions.thread(cycle, "KAZ")).isInstanceOf(AccessDeniedException.class);
		assertThat(recommendations.published("KAZ", null)).noneMatch(r -> r.year() == YEAR);
		Map<String, String> publicPages = Map.of(
				"/reviews/" + cycle + "/reports/KAZ", "KAZ progress in",
				"/reviews/" + cycle + "/review/KAZ", "Good progress in KAZ.",
				"/reviews/" + cycle + "/questions/KAZ", "How far is the digitisation in KAZ?");
		WebSession reader = new WebSession(port);
		publicPages.forEach((page, text) -> assertThat(reader.get(page).statusCode()).as(page).isEqualTo(302));

		accounts.actAs(TestAccounts.ANALYST);
		ReviewCycle published = cycles.advance(cycle);
		assertThat(published.status()).isEqualTo(CycleStatus.PUBLISHED);
		assertThat(published.publishedLate()).isFalse();

		TestAccounts.actAsNobody();
		assertThat(nationalReports.view(cycle, "KAZ").report().status()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(reviewReports.report(cycle, "KAZ").meeting().conclusions()).isEqualTo("Good progress in KAZ.");
		assertThat(questions.thread(cycle, "KAZ")).hasSize(1).allMatch(WrittenQuestion::isAnswered);
		for (String state : MEMBERS) {
			assertThat(recommendations.published(state, null)).filteredOn(r -> r.year() == YEAR).hasSize(2);
		}
		publicPages.forEach((page, text) -> {
			var response = reader.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			assertThat(response.body()).as(page).contains(text);
		});
		String digitise = adopted(cycle, "KAZ").get(0);
		assertThat(reader.get("/recommendations/" + digitise).body()).contains("Digitise the procedures of KAZ.");
		accounts.actAs(TestAccounts.ANALYST);
		assertThat(cycles.advance(cycle).status()).isEqualTo(CycleStatus.FOLLOW_UP);
	}

	// Chapter 9
	private long theNextCycleFollowsUpTheRecommendations(long cycle) {
		accounts.actAs(TestAccounts.ANALYST);
		long next = cycles.open(YEAR + 1, LocalDate.now().plusWeeks(12), Set.copyOf(MEMBERS), null).id();
		examinerAssignments.accept(next);
		cycles.advance(next);

		String area = catalog.areas().get(1).code();
		// other tests publish recommendations of earlier years too; the story follows this cycle's
		List<Recommendation> earlier = followUp.earlier("KAZ", YEAR + 1).stream().filter(r -> r.year() == YEAR).toList();
		assertThat(earlier).extracting(Recommendation::code)
			.containsExactlyInAnyOrder("KAZ-" + YEAR + "-" + areaPrefix(cycle, "KAZ") + "-01",
					"KAZ-" + YEAR + "-" + areaPrefix(cycle, "KAZ") + "-02");

		accounts.actAs(COORDINATORS.get("KAZ"));
		List<EarlierRecommendations.FollowUp> listed = followUpsInReport(next, "KAZ", area).stream()
			.filter(f -> f.code().startsWith("KAZ-" + YEAR + "-"))
			.toList();
		assertThat(listed).extracting(EarlierRecommendations.FollowUp::code)
			.containsExactlyInAnyOrderElementsOf(earlier.stream().map(Recommendation::code).toList());

		String digitise = earlier.stream().filter(r -> r.code().endsWith("-01")).findFirst().orElseThrow().code();
		recommendations.move(digitise, RecommendationStatus.ACTION_PLANNED, "Action plan adopted by decree", "2026", null);
		recommendations.move(digitise, RecommendationStatus.IN_PROGRESS, "Half of the procedures online", "2026", null);
		Recommendation implemented = recommendations.move(digitise, RecommendationStatus.IMPLEMENTED,
				"All procedures online, see the portal", "2026", null);
		assertThat(implemented.status()).isEqualTo(RecommendationStatus.IMPLEMENTED);
		assertThat(followUpsInReport(next, "KAZ", area)).filteredOn(f -> f.code().equals(digitise))
			.singleElement()
			.satisfies(f -> assertThat(f.status()).isEqualTo("IMPLEMENTED"))
			.satisfies(f -> assertThat(f.evidence()).contains("portal"));
		assertThat(WebSession.signedIn(port, COORDINATORS.get("KAZ")).get("/reviews/" + next + "/reports/KAZ").body())
			.contains(digitise, "IMPLEMENTED: All procedures online, see the portal");
		// the state reports on its own recommendations only
		accounts.actAs(COORDINATORS.get("AZE"));
		assertThatThrownBy(() -> recommendations.move(digitise, RecommendationStatus.VERIFIED, "x", null, null))
			.isInstanceOf(AccessDeniedException.class);

		accounts.actAs(EXAMINERS.get(examinerOf(next, "KAZ")));
		Recommendation verified = recommendations.move(digitise, RecommendationStatus.VERIFIED, "Portal checked", "2026",
				null);
		assertThat(verified.status()).isEqualTo(RecommendationStatus.VERIFIED);
		assertThat(recommendations.history(digitise)).extracting(Recommendation.Event::assertedAs)
			.containsExactly(Asserter.SECRETARIAT, Asserter.SECRETARIAT, Asserter.STATE, Asserter.STATE, Asserter.STATE,
					Asserter.EXAMINERS);

		// Azerbaijan reports its own recommendation implemented; verification is for its examiners later
		accounts.actAs(COORDINATORS.get("AZE"));
		String azerbaijan = followUp.earlier("AZE", YEAR + 1).stream()
			.filter(r -> r.year() == YEAR && r.code().endsWith("-01")).findFirst().orElseThrow().code();
		recommendations.move(azerbaijan, RecommendationStatus.IMPLEMENTED, "Law 12 in force", "2026", null);
		return next;
	}

	// Chapter 10
	private void theBoardCountsWhatWasImplemented(long next) {
		TestAccounts.actAsNobody();
		String area = catalog.areas().get(1).code();
		Map<String, RecommendationService.BoardRow> board = new LinkedHashMap<>();
		recommendations.board(null, area).forEach(row -> board.put(row.state(), row));
		assertThat(board.get("KAZ").verified()).isGreaterThanOrEqualTo(1);
		assertThat(board.get("AZE").implemented()).isGreaterThanOrEqualTo(1);
		assertThat(board.keySet()).containsAll(MEMBERS);
	}

	private List<String> drafts(long cycle, String state) {
		return jdbc.sql("SELECT code FROM recommendation WHERE cycle_id = ? AND state_code = ? AND status = 'DRAFT' ORDER BY code")
			.params(cycle, state)
			.query(String.class)
			.list();
	}

	/** The earlier recommendations that the section of the state's national report lists for follow-up. */
	private List<EarlierRecommendations.FollowUp> followUpsInReport(long cycle, String state, String area) {
		return nationalReports.view(cycle, state)
			.sections()
			.stream()
			.filter(s -> s.area().code().equals(area))
			.findFirst()
			.orElseThrow()
			.followUps();
	}

	private List<String> adopted(long cycle, String state) {
		return jdbc.sql("SELECT code FROM recommendation WHERE cycle_id = ? AND state_code = ? ORDER BY code")
			.params(cycle, state)
			.query(String.class)
			.list();
	}

	private String areaPrefix(long cycle, String state) {
		String code = jdbc.sql("SELECT MIN(code) FROM recommendation WHERE cycle_id = ? AND state_code = ?")
			.params(cycle, state)
			.query(String.class)
			.single();
		return code.split("-")[2];
	}

	/** The first examiner state assigned to the reviewed state. */
	private String examinerOf(long cycle, String state) {
		return assignments.examinerStates(cycle, state).get(0);
	}

	private int versionOf(long cycle, String state, String area) {
		return nationalReports.view(cycle, state)
			.sections()
			.stream()
			.filter(s -> s.area().code().equals(area))
			.findFirst()
			.orElseThrow()
			.section()
			.version();
	}

	private List<Long> relevantCommitments(String state) {
		return commitments.commitments(new CommitmentQuery(null, state, null, null), 0, CommitmentRegistry.MAX_PAGE_SIZE)
			.items()
			.stream()
			.map(c -> c.id())
			.toList();
	}

	/** Waits for the message that the notifications send after the step committed, on their own thread. */
	private void awaitInbox(String recipient, String link, String mention) {
		await().untilAsserted(() -> assertThat(jdbc
			.sql("SELECT COUNT(*) FROM inbox_message WHERE recipient = ? AND link = ? AND (subject LIKE ? OR body LIKE ?)")
			.params(recipient, link, "%" + mention + "%", "%" + mention + "%")
			.query(Long.class)
			.single()).as("inbox of " + recipient + " about " + mention).isPositive());
	}

	private void createIfMissing(String username, Role role, String state) {
		if (jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username).query(Long.class).single() == 0) {
			users.createWithPassword("test", username, username, username + "@example.org", role, state, null,
					TestAccounts.PASSWORD);
		}
	}

	/** The page the notifications link to for a state's report. */
	private static final class ReviewNotificationsLink {

		static String report(long cycle, String state) {
			return "/reviews/" + cycle + "/reports/" + state;
		}
	}

	@OnPostgres
	static class OnPostgresTest extends ReviewCycleScenarioTest {
	}
}
