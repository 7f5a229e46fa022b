package org.ots.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.reviews.RecommendationStatus;
import org.ots.platform.reviews.ReviewCycle;
import org.ots.platform.reviews.ReviewCycleService;
import org.ots.platform.reviews.ReviewEvents;
import org.ots.platform.reviews.ReviewFixtures;
import org.ots.platform.reviews.ReviewReportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * What the examiners and the reviewed states are told as the review comes to its results: whom they examine,
 * which recommendations were adopted, and where the published review report is; by inbox and by e-mail, the
 * e-mail ending with the full address of the page.
 */
@IntegrationTest
class ReviewResultNotificationsTest {

	@RegisterExtension
	static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

	/** Years 3185-3199 of the cycle rules part (3150-3199). */
	private static final AtomicInteger YEARS = new AtomicInteger(3185);

	@Autowired
	ReviewCycleService cycles;

	@Autowired
	ReviewReportService reviewReports;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void accountsExist() {
		accounts.ensure();
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	@Test
	void examinerStatesAndInstitutionsLearnWhomTheyExamineWithTheLinkToItsQuestions() throws Exception {
		ReviewCycle cycle = cycle(Set.of("KAZ", "KGZ"));
		long institute = testInstitute();
		publish(new ReviewEvents.ExaminersAssigned(cycle.id(), cycle.year(),
				List.of(new ReviewEvents.Examination("KAZ", List.of("AZE", "TUR"), List.of(institute)),
						new ReviewEvents.Examination("KGZ", List.of("UZB"), List.of()))));

		String subject = "You examine KAZ in the " + cycle.year() + " peer review";
		for (String examiner : List.of(TestAccounts.COORDINATOR_AZE, TestAccounts.EXAMINER, TestAccounts.EXPERT)) {
			MimeMessage mail = onlyMailTo(examiner, cycle.year());
			assertThat(mail.getSubject()).as(examiner).isEqualTo(subject);
			assertThat((String) mail.getContent()).contains("KAZ is examined by AZE, TUR", "Test Institute",
					"http://localhost:8080/reviews/" + cycle.id() + "/questions/KAZ");
			assertThat(inbox(examiner, cycle.year())).containsExactly(
					subject + " | /reviews/" + cycle.id() + "/questions/KAZ");
		}
		// the reviewed state is not told it examines itself, nor is anyone who examines nobody
		assertThat(mailsTo(TestAccounts.COORDINATOR_KAZ, cycle.year())).isEmpty();
		assertThat(inbox(TestAccounts.ANALYST, cycle.year())).isEmpty();
	}

	@Test
	void theReviewedStatesCoordinatorsGetTheAdoptedRecommendations() throws Exception {
		ReviewFixtures fixtures = new ReviewFixtures(jdbc, YEARS);
		long cycle = fixtures.cycle("REVIEW_MEETING");
		int year = YEARS.get();
		LocalDate due = LocalDate.of(year + 1, 6, 30);
		String agreed = fixtures.recommendation(cycle, "KAZ", "DRAFT", due);
		String noted = fixtures.recommendation(cycle, "KAZ", "DRAFT", due);
		accounts.actAs(TestAccounts.ANALYST);
		reviewReports.adopt(cycle, "KAZ", Map.of(agreed, RecommendationStatus.AGREED, noted, RecommendationStatus.NOTED));

		MimeMessage mail = onlyMailTo(TestAccounts.COORDINATOR_KAZ, year);
		assertThat(mail.getSubject()).isEqualTo("Recommendations to KAZ adopted (" + year + " review)");
		// mail lines end in CRLF on the wire
		String body = ((String) mail.getContent()).replace("\r\n", "\n");
		assertThat(body).contains("Agreed by KAZ:\n- " + agreed + " (" + due + "): Open the corridor.",
				"Noted by KAZ:\n- " + noted + " (" + due + "): Open the corridor.",
				"/reviews/" + cycle + "/review/KAZ");
		assertThat(mailsTo(TestAccounts.COORDINATOR_AZE, year)).isEmpty();
		assertThat(mailsTo(TestAccounts.EXAMINER, year)).isEmpty();
	}

	@Test
	void publishingSendsTheReviewedStatesAndTheirExaminersTheLinkToThePublishedReport() throws Exception {
		ReviewCycle cycle = cycle(Set.of("KAZ", "AZE"));
		jdbc.sql("INSERT INTO review_assignment (cycle_id, reviewed_state, examiner_state) VALUES (?, 'KAZ', 'TUR')")
			.param(cycle.id())
			.update();
		jdbc.sql("INSERT INTO review_assignment (cycle_id, reviewed_state, institution_id) VALUES (?, 'AZE', ?)")
			.params(cycle.id(), testInstitute())
			.update();
		jdbc.sql("UPDATE review_cycle SET status = 'ADOPTED' WHERE id = ?").param(cycle.id()).update();
		accounts.actAs(TestAccounts.ANALYST);
		cycles.advance(cycle.id());

		String kaz = "/reviews/" + cycle.id() + "/review/KAZ";
		String aze = "/reviews/" + cycle.id() + "/review/AZE";
		assertThat(onlyMailTo(TestAccounts.EXAMINER, cycle.year())).isNotNull();
		assertThat(onlyMailTo(TestAccounts.COORDINATOR_AZE, cycle.year())).isNotNull();
		MimeMessage toKaz = onlyMailTo(TestAccounts.COORDINATOR_KAZ, cycle.year());
		assertThat(toKaz.getSubject()).isEqualTo("The review report of KAZ is published (" + cycle.year() + " review)");
		assertThat((String) toKaz.getContent()).contains("http://localhost:8080" + kaz);
		assertThat(inbox(TestAccounts.EXAMINER, cycle.year())).containsExactly(
				"The review report of KAZ is published (" + cycle.year() + " review) | " + kaz);
		assertThat(inbox(TestAccounts.COORDINATOR_AZE, cycle.year())).containsExactly(
				"The review report of AZE is published (" + cycle.year() + " review) | " + aze);
		assertThat(inbox(TestAccounts.EXPERT, cycle.year())).containsExactly(
				"The review report of AZE is published (" + cycle.year() + " review) | " + aze);
		assertThat(onlyMailTo(TestAccounts.EXPERT, cycle.year())).isNotNull();
		assertThat(inbox(TestAccounts.ANALYST, cycle.year())).isEmpty();
	}

	@Test
	void theTextsComeInTheRecipientsLanguage() throws Exception {
		ReviewCycle cycle = cycle(Set.of("KAZ"));
		jdbc.sql("UPDATE app_user SET preferred_locale = 'tr' WHERE username = ?").param(TestAccounts.EXAMINER).update();
		try {
			publish(new ReviewEvents.ExaminersAssigned(cycle.id(), cycle.year(),
					List.of(new ReviewEvents.Examination("KAZ", List.of("TUR"), List.of()))));

			assertThat(onlyMailTo(TestAccounts.EXAMINER, cycle.year()).getSubject())
				.isEqualTo(cycle.year() + " akran incelemesinde KAZ ülkesini inceliyorsunuz");
		}
		finally {
			jdbc.sql("UPDATE app_user SET preferred_locale = NULL WHERE username = ?").param(TestAccounts.EXAMINER).update();
		}
	}

	private ReviewCycle cycle(Set<String> states) {
		accounts.actAs(TestAccounts.ANALYST);
		try {
			int year = YEARS.incrementAndGet();
			return cycles.open(year, LocalDate.of(year, 6, 15), states, null);
		}
		finally {
			TestAccounts.actAsNobody();
		}
	}

	private long testInstitute() {
		return jdbc.sql("SELECT id FROM institution WHERE name = 'Test Institute'").query(Long.class).single();
	}

	/** Publishes as the review module does: inside its transaction, so the listeners run after the commit. */
	private void publish(Object event) {
		transaction.executeWithoutResult(tx -> events.publishEvent(event));
	}

	/** Waits for the one mail of this cycle's year to this user, and checks that no second one follows it. */
	private MimeMessage onlyMailTo(String username, int year) throws Exception {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(username, year).isEmpty());
		List<MimeMessage> mails = mailsTo(username, year);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
			.containsExactly(username + "@example.org");
		return mails.get(0);
	}

	private List<MimeMessage> mailsTo(String username, int year) throws Exception {
		List<MimeMessage> found = new java.util.ArrayList<>();
		for (MimeMessage mail : mailServer.getReceivedMessages()) {
			if (mail.getSubject().contains(String.valueOf(year)) && Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
				.anyMatch(a -> a.toString().equals(username + "@example.org"))) {
				found.add(mail);
			}
		}
		return found;
	}

	/**
	 * The inbox of a user for the year, as "subject | link". One event's notices are committed together before
	 * their mails go out, so once one of its mails has arrived, every inbox it reaches is complete.
	 */
	private List<String> inbox(String username, int year) {
		return jdbc.sql("SELECT subject, link FROM inbox_message WHERE recipient = ? AND subject LIKE ? ORDER BY id")
			.params(username, "%" + year + "%")
			.query((rs, n) -> rs.getString("subject") + " | " + rs.getString("link"))
			.list();
	}

	@OnPostgres
	static class OnPostgresTest extends ReviewResultNotificationsTest {
	}
}
