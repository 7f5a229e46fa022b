package org.ots.platform.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ots.platform.identity.CurrentUser;

/**
 * One year's peer review. It is planned by the Secretariat for a meeting date, with the states under review and
 * the part observers play; its calendar is computed from practice and can be edited. It then moves through the
 * states of {@link CycleStatus} one step at a time; each move checks who asks and whether the calendar allows it,
 * and is recorded (who, when, why) and announced as a {@link CycleMoved} event.
 */
public class ReviewCycle {

	/** A recorded move, kept as the cycle's history. */
	record Transition(CycleStatus from, CycleStatus to, String by, Instant at, String reason) {
	}

	private final Long id;
	private final int year;
	private CycleStatus status;
	private LocalDate meetingDate;
	private ObserverPolicy observerPolicy;
	private CycleStatus resumeStatus;
	private String sideReason;
	private final Set<String> reviewedStates;
	private final Map<DeadlineKind, LocalDate> deadlines;
	private final int version;
	private final List<Transition> newTransitions = new ArrayList<>();

	ReviewCycle(Long id, int year, CycleStatus status, LocalDate meetingDate, ObserverPolicy observerPolicy,
			CycleStatus resumeStatus, String sideReason, Set<String> reviewedStates,
			Map<DeadlineKind, LocalDate> deadlines, int version) {
		this.id = id;
		this.year = year;
		this.status = status;
		this.meetingDate = meetingDate;
		this.observerPolicy = observerPolicy;
		this.resumeStatus = resumeStatus;
		this.sideReason = sideReason;
		this.reviewedStates = new LinkedHashSet<>(reviewedStates);
		this.deadlines = new EnumMap<>(DeadlineKind.class);
		this.deadlines.putAll(deadlines);
		this.version = version;
	}

	/** A new cycle in PLANNED, with the calendar computed from the meeting date. */
	static ReviewCycle plan(int year, LocalDate meetingDate, Set<String> states, ObserverPolicy policy,
			Map<DeadlineKind, LocalDate> calendar, CurrentUser by, Instant now) {
		requireSecretariat(by);
		if (states.isEmpty()) {
			throw new CycleRuleException("Choose at least one state to review.");
		}
		ReviewCycle cycle = new ReviewCycle(null, year, CycleStatus.PLANNED, meetingDate, policy, null, null, states,
				calendar, 0);
		cycle.newTransitions.add(new Transition(null, CycleStatus.PLANNED, by.username(), now, null));
		return cycle;
	}

	/**
	 * Moves to the next state of the main line. The calendar decides when: questions open only once the reports
	 * have been circulated, the meeting is held on or after its date, publication follows adoption.
	 */
	CycleStatus advance(CurrentUser by, LocalDate today, Instant now) {
		requireSecretariat(by);
		CycleStatus next = status.next();
		if (next == null) {
			throw new CycleRuleException(status == CycleStatus.POSTPONED
					? "The cycle is postponed: resume it first." : "The cycle is " + status + ": it has no next step.");
		}
		checkCalendar(next, today);
		return moveTo(next, by, now, null);
	}

	/** Suspends the cycle, remembering where it stood. */
	void postpone(CurrentUser by, String reason, Instant now) {
		requireSecretariat(by);
		requireReason(reason, "postpone");
		if (!status.maySetAside() || status == CycleStatus.POSTPONED) {
			throw new CycleRuleException("A cycle that is " + status + " cannot be postponed.");
		}
		resumeStatus = status;
		sideReason = reason.trim();
		moveTo(CycleStatus.POSTPONED, by, now, sideReason);
	}

	/** Takes a postponed cycle up where it stopped, possibly with a new meeting date. */
	void resume(CurrentUser by, LocalDate newMeetingDate, Instant now) {
		requireSecretariat(by);
		if (status != CycleStatus.POSTPONED) {
			throw new CycleRuleException("Only a postponed cycle can be resumed; this one is " + status + ".");
		}
		if (newMeetingDate != null) {
			meetingDate = newMeetingDate;
		}
		CycleStatus back = resumeStatus;
		resumeStatus = null;
		moveTo(back, by, now, "resumed");
	}

	/** Ends the cycle for good (a state withdrew, the OTS decided so); the reason is recorded. */
	void withdraw(CurrentUser by, String reason, Instant now) {
		requireSecretariat(by);
		requireReason(reason, "withdraw");
		if (!status.maySetAside()) {
			throw new CycleRuleException("A cycle that is " + status + " cannot be withdrawn.");
		}
		sideReason = reason.trim();
		moveTo(CycleStatus.WITHDRAWN, by, now, sideReason);
	}

	/** Moves one date of the calendar; dates already passed in the cycle's progress stay as they were. */
	void moveDeadline(CurrentUser by, DeadlineKind kind, LocalDate date) {
		requireSecretariat(by);
		if (status.isOver()) {
			throw new CycleRuleException("The calendar of a cycle that is " + status + " cannot change.");
		}
		deadlines.put(kind, date);
	}

	private void checkCalendar(CycleStatus next, LocalDate today) {
		if (next == CycleStatus.QUESTIONS_OPEN && today.isBefore(deadline(DeadlineKind.REPORTS_CIRCULATED))) {
			throw new CycleRuleException("Questions open once the reports are circulated, on "
					+ deadline(DeadlineKind.REPORTS_CIRCULATED) + ".");
		}
		if (next == CycleStatus.REVIEW_MEETING && today.isBefore(meetingDate)) {
			throw new CycleRuleException("The review meeting is set for " + meetingDate + ".");
		}
	}

	private CycleStatus moveTo(CycleStatus next, CurrentUser by, Instant now, String reason) {
		newTransitions.add(new Transition(status, next, by.username(), now, reason));
		status = next;
		return next;
	}

	private static void requireSecretariat(CurrentUser by) {
		if (!by.isSecretariat()) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only the Secretariat runs the review cycle.");
		}
	}

	private static void requireReason(String reason, String what) {
		if (reason == null || reason.isBlank()) {
			throw new CycleRuleException("Give the reason to " + what + " the cycle; it is recorded.");
		}
	}

	public LocalDate deadline(DeadlineKind kind) {
		return deadlines.get(kind);
	}

	public Long id() {
		return id;
	}

	public int year() {
		return year;
	}

	public CycleStatus status() {
		return status;
	}

	public LocalDate meetingDate() {
		return meetingDate;
	}

	public ObserverPolicy observerPolicy() {
		return observerPolicy;
	}

	CycleStatus resumeStatus() {
		return resumeStatus;
	}

	public String sideReason() {
		return sideReason;
	}

	public Set<String> reviewedStates() {
		return Collections.unmodifiableSet(reviewedStates);
	}

	public Map<DeadlineKind, LocalDate> deadlines() {
		return Collections.unmodifiableMap(deadlines);
	}

	public int version() {
		return version;
	}

	List<Transition> newTransitions() {
		return newTransitions;
	}
}
