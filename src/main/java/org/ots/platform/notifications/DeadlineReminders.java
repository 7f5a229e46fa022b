package org.ots.platform.notifications;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ots.platform.reviews.CycleStatus;
import org.ots.platform.reviews.DeadlineKind;
import org.ots.platform.reviews.ReviewCycle;
import org.ots.platform.reviews.ReviewCycleService;
import org.ots.platform.shared.ScheduledLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the people concerned before each deadline of a running cycle, the configured numbers of days before.
 * Runs daily on every instance; the database lock lets one of them do the work, and the record of each reminder
 * sent (unique per cycle, deadline, days before and recipient) makes a second run on the same day send nothing,
 * even one that overlaps the first.
 */
@Component
class DeadlineReminders {

	static final String LOCK = "deadline-reminders";
	private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

	/** The last state in which a deadline still concerns anybody: after it, its reminder would come too late. */
	private static final Map<DeadlineKind, CycleStatus> RELEVANT_UNTIL = Map.of(
			DeadlineKind.SELF_ASSESSMENT_DUE, CycleStatus.SELF_ASSESSMENT,
			DeadlineKind.REPORTS_CIRCULATED, CycleStatus.FACTUAL_CHECK,
			DeadlineKind.QUESTIONS_DUE, CycleStatus.QUESTIONS_OPEN,
			DeadlineKind.ANSWERS_DUE, CycleStatus.ANSWERS_DUE,
			DeadlineKind.PUBLICATION_DUE, CycleStatus.ADOPTED);

	private final ReviewCycleService cycles;
	private final org.ots.platform.reviews.Assignments assignments;
	private final Recipients recipients;
	private final Notifier notifier;
	private final ScheduledLock lock;
	private final NotificationProperties properties;
	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final Clock clock;
	private final String holder;

	DeadlineReminders(ReviewCycleService cycles, org.ots.platform.reviews.Assignments assignments,
			Recipients recipients, Notifier notifier, ScheduledLock lock, NotificationProperties properties,
			JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.cycles = cycles;
		this.assignments = assignments;
		this.recipients = recipients;
		this.notifier = notifier;
		this.lock = lock;
		this.properties = properties;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
	}

	@Scheduled(cron = "${ots.notifications.reminder-cron:0 0 6 * * *}", zone = "UTC")
	void daily() {
		runOnce(LocalDate.now(clock));
	}

	/**
	 * The job as each instance runs it: with the lock, or not at all when another instance has it.
	 *
	 * @return the number of reminders this run sent, or -1 when another holder had the lock
	 */
	int runOnce(LocalDate today) {
		return runOnce(today, holder);
	}

	/** As {@link #runOnce(LocalDate)}, as the instance named {@code instance}. */
	int runOnce(LocalDate today, String instance) {
		if (!lock.tryAcquire(LOCK, instance, properties.lockDuration())) {
			log.debug("Deadline reminders of {} run elsewhere", today);
			return -1;
		}
		try {
			return send(today);
		}
		finally {
			lock.release(LOCK, instance);
		}
	}

	/** Sends the reminders due on this day that have not been sent yet. */
	int send(LocalDate today) {
		int sent = 0;
		for (ReviewCycle cycle : cycles.all()) {
			if (cycle.status().isOver() || cycle.status() == CycleStatus.POSTPONED) {
				continue;
			}
			for (Map.Entry<DeadlineKind, LocalDate> deadline : cycle.deadlines().entrySet()) {
				DeadlineKind kind = deadline.getKey();
				if (cycle.status().ordinal() > RELEVANT_UNTIL.get(kind).ordinal()) {
					continue;
				}
				for (int days : properties.reminderDays()) {
					if (deadline.getValue().minusDays(days).equals(today)) {
						sent += remind(cycle, kind, deadline.getValue(), days);
					}
				}
			}
		}
		if (sent > 0) {
			log.info("Sent {} deadline reminders for {}", sent, today);
		}
		return sent;
	}

	private int remind(ReviewCycle cycle, DeadlineKind kind, LocalDate due, int days) {
		int sent = 0;
		Notice notice = Notice.of("reminder." + kind.name(), "/reviews", String.valueOf(cycle.year()),
				due.toString(), days);
		for (Recipient recipient : concerned(cycle, kind)) {
			if (remindOnce(cycle.id(), kind, days, recipient, notice)) {
				sent++;
			}
		}
		return sent;
	}

	/** One recipient's reminder, in a transaction of its own: its record and its inbox message stand or fall together. */
	private boolean remindOnce(long cycleId, DeadlineKind kind, int days, Recipient recipient, Notice notice) {
		try {
			return Boolean.TRUE.equals(ownTransaction.execute(tx -> {
				jdbc.sql("INSERT INTO reminder_sent (cycle_id, kind, days_before, recipient, sent_at) VALUES (?, ?, ?, ?, ?)")
					.params(cycleId, kind.name(), days, recipient.username(), Instant.now(clock).atOffset(ZoneOffset.UTC))
					.update();
				notifier.deliver(List.of(recipient), notice);
				return true;
			}));
		}
		catch (DataAccessException alreadySent) {
			// Another run recorded this reminder first (the unique key refused ours, or the database saw the race).
			if (!wasSent(cycleId, kind, days, recipient.username())) {
				log.warn("Could not record the {} reminder of cycle {} for {}: {}", kind, cycleId,
						recipient.username(), alreadySent.getMessage());
			}
			return false;
		}
	}

	private boolean wasSent(long cycleId, DeadlineKind kind, int days, String username) {
		return jdbc.sql("SELECT COUNT(*) FROM reminder_sent WHERE cycle_id = ? AND kind = ? AND days_before = ? AND recipient = ?")
			.params(cycleId, kind.name(), days, username)
			.query(Long.class)
			.single() > 0;
	}

	private List<Recipient> concerned(ReviewCycle cycle, DeadlineKind kind) {
		Set<String> reviewed = cycle.reviewedStates();
		return switch (kind) {
			case SELF_ASSESSMENT_DUE, ANSWERS_DUE -> recipients.coordinatorsOf(reviewed);
			case QUESTIONS_DUE -> recipients.examinersOf(reviewed.stream()
				.flatMap(state -> assignments.examinerStates(cycle.id(), state).stream())
				.collect(java.util.stream.Collectors.toSet()));
			case REPORTS_CIRCULATED, PUBLICATION_DUE -> recipients.secretariat();
		};
	}
}
