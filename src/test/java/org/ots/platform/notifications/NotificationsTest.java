package org.ots.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.ots.platform.identity.Role;
import org.ots.platform.identity.UserAccounts;
import org.ots.platform.reviews.DeadlineKind;
import org.ots.platform.reviews.ReviewCycle;
import org.ots.platform.reviews.ReviewCycleService;
import org.ots.platform.reviews.ReviewEvents;
import org.ots.platform.shared.ScheduledLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Who is told what, by inbox and by e-mail through a real SMTP server, in whose language; and the daily reminders
 * sent once however many instances run the job.
 */
@IntegrationTest
class NotificationsTest {

	/** The test profile points the platform's mail at this server's port (3025). */
	@RegisterExtension
	static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

	/** Each test plans a cycle of its own year in the range of this part (2800-2899). */
	private static final AtomicInteger YEARS = new AtomicInteger(2800);

	/** A Kyrgyz coordinator who reads Russian, created once per database. */
	private static final String COORDINATOR_KGZ_RU = "t-notify-kgz-ru";

	@Autowired
	ReviewCycleService cycles;

	@Autowired
	DeadlineReminders reminders;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserAccounts userAccounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void accountsExist() {
		accounts.ensure();
		if (jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(COORDINATOR_KGZ_RU).query(Long.class).single() == 0) {
			userAccounts.createWithPassword("test", COORDINATOR_KGZ_RU, "Aibek", COORDINATOR_KGZ_RU + "@example.org",
					Role.NATIONAL_COORDINATOR, "KGZ", null, TestAccounts.PASSWORD);
			jdbc.sql("UPDATE app_user SET preferred_locale = 'ru' WHERE username = ?").param(COORDINATOR_KGZ_RU).update();
		}
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	@Test
	void aReturnedReportGoesToTheCoordinatorsOfItsStateOnly() throws Exception {
		int year = YEARS.incrementAndGet();
		publish(new ReviewEvents.ReportReturned(cycle(year, Set.of("KAZ")).id(), year, "KAZ", "Table 2 lacks sources"));

		MimeMessage mail = onlyMailTo(TestAccounts.COORDINATOR_KAZ, year);
		assertThat(mail.getSubject()).isEqualTo("Your national progress report was returned (" + year + " review)");
		assertThat((String) mail.getContent()).contains("national progress report of KAZ", "Table 2 lacks sources");
		assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("noreply@ots-review.local");
		assertThat(inboxSubjects(TestAccounts.COORDINATOR_KAZ, year)).containsExactly(mail.getSubject());
		assertThat(mailsTo(TestAccounts.COORDINATOR_AZE, year)).isEmpty();
		assertThat(inboxSubjects(TestAccounts.ANALYST, year)).isEmpty();
	}

	/** Nobody could read the inbox of an account that is switched off or whose invitation is still open. */
	@Test
	void deactivatedAndInvitedAccountsAreNotNotified() throws Exception {
		int year = YEARS.incrementAndGet();
		String invited = "t-notify-invited-" + year;
		String deactivated = "t-notify-off-" + year;
		accounts.actAs(TestAccounts.ADMIN);
		userAccounts.invite(invited, "Invited", invited + "@example.org", Role.NATIONAL_COORDINATOR, "KAZ", null);
		userAccounts.createWithPassword("test", deactivated, "Off", deactivated + "@example.org", Role.NATIONAL_COORDINATOR,
				"KAZ", null, TestAccounts.PASSWORD);
		userAccounts.setActive(jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(deactivated).query(Long.class).single(),
				false);
		TestAccounts.actAsNobody();

		publish(new ReviewEvents.ReportReturned(cycle(year, Set.of("KAZ")).id(), year, "KAZ", "Incomplete"));

		assertThat(onlyMailTo(TestAccounts.COORDINATOR_KAZ, year)).isNotNull();
		assertThat(inboxSubjects(invited, year)).isEmpty();
		assertThat(inboxSubjects(deactivated, year)).isEmpty();
		assertThat(mailsTo(invited, year)).isEmpty();
		assertThat(mailsTo(deactivated, year)).isEmpty();
	}

	@Test
	void aSubmittedReportGoesToTheSecretariat() throws Exception {
		int year = YEARS.incrementAndGet();
		publish(new ReviewEvents.ReportSubmitted(cycle(year, Set.of("KAZ")).id(), year, "KAZ"));

		assertThat(onlyMailTo(TestAccounts.ANALYST, year).getSubject())
			.isEqualTo("KAZ submitted its national progress report (" + year + " review)");
		assertThat(inboxSubjects(TestAccounts.ADMIN, year)).containsExactly("KAZ submitted its national progress report ("
				+ year + " review)");
		assertThat(inboxSubjects(TestAccounts.COORDINATOR_KAZ, year)).isEmpty();
	}

	@Test
	void aQuestionGoesToTheReviewedStateAndItsAnswerToTheAskingState() throws Exception {
		int year = YEARS.incrementAndGet();
		long cycle = cycle(year, Set.of("KAZ")).id();
		publish(new ReviewEvents.QuestionAsked(cycle, year, 1, "KAZ", "TUR"));
		assertThat(onlyMailTo(TestAccounts.COORDINATOR_KAZ, year).getSubject())
			.isEqualTo("New written question from TUR (" + year + " review)");
		assertThat(mailsTo(TestAccounts.EXAMINER, year)).isEmpty();

		publish(new ReviewEvents.AnswerPosted(cycle, year, 1, "KAZ", "TUR"));
		assertThat(onlyMailTo(TestAccounts.EXAMINER, year).getSubject())
			.isEqualTo("KAZ answered a written question (" + year + " review)");
		assertThat(inboxSubjects(TestAccounts.COORDINATOR_KAZ, year)).hasSize(1);
	}

	@Test
	void openingTheSelfAssessmentCallsTheReviewedStatesInTheirOwnLanguage() throws Exception {
		int year = YEARS.incrementAndGet();
		ReviewCycle cycle = cycle(year, Set.of("KAZ", "KGZ"));
		accounts.actAs(TestAccounts.ANALYST);
		cycles.advance(cycle.id());

		assertThat(onlyMailTo(TestAccounts.COORDINATOR_KAZ, year).getSubject())
			.isEqualTo("The " + year + " peer review is open: national progress reports");
		MimeMessage russian = onlyMailTo(COORDINATOR_KGZ_RU, year);
		assertThat(russian.getSubject()).isEqualTo("Взаимный обзор " + year + " г. открыт: национальные доклады о прогрессе");
		assertThat(inboxSubjects(COORDINATOR_KGZ_RU, year)).containsExactly(russian.getSubject());
		assertThat(mailsTo(TestAccounts.COORDINATOR_AZE, year)).isEmpty();
	}

	@Test
	void remindersGoToThePeopleEachDeadlineConcernsAWeekAndADayBefore() throws Exception {
		int year = YEARS.incrementAndGet();
		ReviewCycle cycle = cycle(year, Set.of("KAZ"));
		jdbc.sql("INSERT INTO review_assignment (cycle_id, reviewed_state, examiner_state) VALUES (?, 'KAZ', 'TUR')")
			.param(cycle.id())
			.update();

		reminders.send(cycle.deadline(DeadlineKind.SELF_ASSESSMENT_DUE).minusDays(7));
		assertThat(onlyMailTo(TestAccounts.COORDINATOR_KAZ, year).getSubject()).isEqualTo("Reminder: national progress report due on "
				+ cycle.deadline(DeadlineKind.SELF_ASSESSMENT_DUE) + " (" + year + " review)");
		reminders.send(cycle.deadline(DeadlineKind.QUESTIONS_DUE).minusDays(1));
		assertThat(onlyMailTo(TestAccounts.EXAMINER, year).getSubject()).startsWith("Reminder: written questions due on");
		reminders.send(cycle.deadline(DeadlineKind.REPORTS_CIRCULATED).minusDays(7));
		assertThat(onlyMailTo(TestAccounts.ANALYST, year).getSubject()).startsWith("Reminder: reports to be circulated on");
		// A day that is no reminder day of this cycle sends nothing.
		assertThat(reminders.send(cycle.deadline(DeadlineKind.QUESTIONS_DUE).minusDays(3))).isZero();
		assertThat(mailsTo(TestAccounts.COORDINATOR_AZE, year)).isEmpty();
	}

	/** Two instances run the daily job at the same moment: one takes the lock, and each reminder goes out once. */
	@Test
	void twoInstancesRunningTheJobTogetherSendEachReminderOnce() throws Exception {
		int year = YEARS.incrementAndGet();
		ReviewCycle cycle = cycle(year, Set.of("KAZ", "KGZ"));
		LocalDate day = cycle.deadline(DeadlineKind.SELF_ASSESSMENT_DUE).minusDays(1);

		List<Integer> results = together(() -> reminders.runOnce(day, "instance-a"), () -> reminders.runOnce(day, "instance-b"));
		// The lock is free again, but a later run of the same day finds every reminder sent already.
		assertThat(reminders.runOnce(day, "instance-c")).isZero();

		long recipients = sentFor(cycle.id());
		assertThat(recipients).isGreaterThanOrEqualTo(2);
		assertThat(results.stream().filter(r -> r > 0).mapToInt(Integer::intValue).sum()).isEqualTo((int) recipients);
		assertThat(onlyMailTo(TestAccounts.COORDINATOR_KAZ, year)).isNotNull();
		assertThat(onlyMailTo(COORDINATOR_KGZ_RU, year)).isNotNull();
		assertThat(inboxSubjects(TestAccounts.COORDINATOR_KAZ, year)).hasSize(1);
	}

	/** Even without the lock (say, it ran out mid-run), the record of sent reminders lets each one out once. */
	@Test
	void overlappingRunsWithoutTheLockStillSendEachReminderOnce() throws Exception {
		int year = YEARS.incrementAndGet();
		ReviewCycle cycle = cycle(year, Set.of("KAZ", "KGZ"));
		LocalDate day = cycle.deadline(DeadlineKind.ANSWERS_DUE).minusDays(7);

		List<Integer> results = together(() -> reminders.send(day), () -> reminders.send(day), () -> reminders.send(day));

		long recipients = sentFor(cycle.id());
		assertThat(results.stream().mapToInt(Integer::intValue).sum()).isEqualTo((int) recipients);
		assertThat(onlyMailTo(TestAccounts.COORDINATOR_KAZ, year).getSubject()).startsWith("Reminder: written answers due on");
		assertThat(onlyMailTo(COORDINATOR_KGZ_RU, year).getSubject()).startsWith("Напоминание: письменные ответы");
		assertThat(inboxSubjects(TestAccounts.COORDINATOR_KAZ, year)).hasSize(1);
		assertThat(inboxSubjects(COORDINATOR_KGZ_RU, year)).hasSize(1);
	}

	@Test
	void theLockIsHeldByOneHolderUntilReleased() {
		String name = "test-lock-" + YEARS.incrementAndGet();
		ScheduledLock lock = new ScheduledLock(jdbc, java.time.Clock.systemUTC());
		assertThat(lock.tryAcquire(name, "a", Duration.ofMinutes(5))).isTrue();
		assertThat(lock.tryAcquire(name, "b", Duration.ofMinutes(5))).isFalse();
		lock.release(name, "b");
		assertThat(lock.tryAcquire(name, "b", Duration.ofMinutes(5))).isFalse();
		lock.release(name, "a");
		assertThat(lock.tryAcquire(name, "b", Duration.ofMinutes(5))).isTrue();
	}

	private ReviewCycle cycle(int year, Set<String> states) {
		accounts.actAs(TestAccounts.ANALYST);
		try {
			return cycles.open(year, LocalDate.of(year, 6, 15), states, null);
		}
		finally {
			TestAccounts.actAsNobody();
		}
	}

	/** Publishes as the review module does: inside its transaction, so the listeners run after the commit. */
	private void publish(Object event) {
		transaction.executeWithoutResult(tx -> events.publishEvent(event));
	}

	@SafeVarargs
	private static List<Integer> together(Callable<Integer>... runs) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(runs.length);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> futures = Arrays.stream(runs).map(run -> pool.submit(() -> {
				start.await();
				return run.call();
			})).toList();
			start.countDown();
			List<Integer> results = new java.util.ArrayList<>();
			for (Future<Integer> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long sentFor(long cycleId) {
		return jdbc.sql("SELECT COUNT(*) FROM reminder_sent WHERE cycle_id = ?").param(cycleId).query(Long.class).single();
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
			if (mail.getSubject().contains(String.valueOf(year))
					&& Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(username + "@example.org"))) {
				found.add(mail);
			}
		}
		return found;
	}

	private List<String> inboxSubjects(String username, int year) {
		return jdbc.sql("SELECT subject FROM inbox_message WHERE recipient = ? AND subject LIKE ? ORDER BY id")
			.params(username, "%" + year + "%")
			.query(String.class)
			.list();
	}

	@OnPostgres
	static class OnPostgresTest extends NotificationsTest {
	}
}
