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
	private QuestionsFrom questionsFrom;
	private CycleStatus resumeStatus;
	private String sideReason;
	private final Set<String> reviewedStates;
	private final Map<DeadlineKind, LocalDate> deadlines;
	private final int version;
	private LocalDate adoptedOn;
	private boolean publishedLate;
	private final List<Transition> newTransitions = new ArrayList<>();

	ReviewCycle(Long id, int year, CycleStatus status, LocalDate meetingDate, ObserverPolicy observerPolicy,
			CycleStatus resumeStatus, String sideReason, Set<String> reviewedStates,
			Map<DeadlineKind, LocalDate> deadlines, int version) {
		this(id, year, status, meetingDate, observerPolicy, resumeStatus, sideReason, reviewedStates, deadlines, version,
				null, false, QuestionsFrom.EXAMINERS_AND_MEMBERS);
	}

	ReviewCycle(Long id, int year, CycleStatus status, LocalDate meetingDate, ObserverPolicy observerPolicy,
			CycleStatus resumeStatus, String sideReason, Set<String> reviewedStates,
			Map<DeadlineKind, LocalDate> deadlines, int version, LocalDate adoptedOn, boolean publishedLate,
			QuestionsFrom questionsFrom) {
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
		this.adoptedOn = adoptedOn;
		this.publishedLate = publishedLate;
		this.questionsFrom = questionsFrom;
	}

	/** A new cycle in PLANNED, with the calendar computed from the meeting date. */
	static ReviewCycle plan(int year, LocalDate meetingDate, Set<String> states, ObserverPolicy policy,
			QuestionsFrom questionsFrom, Map<DeadlineKind, LocalDate> calendar, CurrentUser by, Instant now) {
		requireSecretariat(by);
		if (states.isEmpty()) {
			throw new CycleRuleException("Choose at least one state to review.");
		}
		ReviewCycle cycle = new ReviewCycle(null, year, CycleStatus.PLANNED, meetingDate, policy, null, null, states,
				calendar, 0, null, false, questionsFrom);
		cycle.newTransitions.add(new Transition(null, CycleStatus.PLANNED, by.username(), now, null));
		return cycle;
	}

	/**
	 * Moves to the next state of the main line. The calendar decides when: questions open only once the reports
	 * have been circulated, the meeting is held on or after its date, publication follows adoption. The reports
	 * are submitted before the cycle says so: a state whose national report is missing is named, and the cycle
	 * moves on without it only with the Secretariat's written reason, recorded with the move. Adoption is dated,
	 * and the publication deadline then runs from it; a publication after that deadline is not refused (the report
	 * must come out) but is recorded as late.
	 *
	 * @param submittedReports the states whose national report of this cycle is submitted
	 * @param reason why the cycle moves on although reports are missing; null or blank when no reason was given
	 */
	CycleStatus advance(CurrentUser by, LocalDate today, Instant now, java.time.Period publicationDelay,
			Set<String> submittedReports, String reason) {
		requireSecretariat(by);
		CycleStatus next = status.next();
		if (next == null) {
			throw status == CycleStatus.POSTPONED
					? new CycleRuleException("The cycle is postponed: resume it first.", "cycle.refusal.postponed")
					: new CycleRuleException("The cycle is " + status + ": it has no next step.", "cycle.refusal.noNext",
							status);
		}
		checkCalendar(next, today);
		String note = null;
		if (next == CycleStatus.SUBMITTED) {
			note = withoutReports(missingReports(submittedReports), reason);
		}
		if (next == CycleStatus.ADOPTED) {
			adoptedOn = today;
			deadlines.put(DeadlineKind.PUBLICATION_DUE, today.plus(publicationDelay));
		}
		if (next == CycleStatus.PUBLISHED && today.isAfter(deadline(DeadlineKind.PUBLICATION_DUE))) {
			publishedLate = true;
			note = "late: publication was due on " + deadline(DeadlineKind.PUBLICATION_DUE);
		}
		return moveTo(next, by, now, note);
	}

	/** The states under review whose national report is not among the submitted ones, in order. */
	Set<String> missingReports(Set<String> submittedReports) {
		Set<String> missing = new java.util.TreeSet<>(reviewedStates);
		missing.removeAll(submittedReports);
		return missing;
	}

	/** The note of a move to SUBMITTED: nothing when every report is in, else the missing states and the reason. */
	private static String withoutReports(Set<String> missing, String reason) {
		if (missing.isEmpty()) {
			return null;
		}
		if (reason == null || reason.isBlank()) {
			throw new MissingReportsException(missing);
		}
		if (reason.trim().length() > 1800) {
			throw new CycleRuleException("The reason to go on without reports has at most 1800 characters.");
		}
		return "without the national reports of " + String.join(", ", missing) + ": " + reason.trim();
	}

	/**
	 * Moves to a named state, as a user who picks the target would: the next step of the main line, postponed,
	 * withdrawn, or (when postponed) back where the cycle stopped. Any other target is refused with the moves
	 * that are possible now. The reason goes with the move: why to postpone, withdraw, or go on without reports.
	 */
	CycleStatus changeTo(CycleStatus target, CurrentUser by, String reason, LocalDate today, Instant now,
			java.time.Period publicationDelay, Set<String> submittedReports) {
		requireSecretariat(by);
		if (target != null && target == status.next()) {
			return advance(by, today, now, publicationDelay, submittedReports, reason);
		}
		if (target == CycleStatus.POSTPONED) {
			postpone(by, reason, now);
		}
		else if (target == CycleStatus.WITHDRAWN) {
			withdraw(by, reason, now);
		}
		else if (status == CycleStatus.POSTPONED && target != null && target == resumeStatus) {
			resume(by, null, now);
		}
		else {
			throw new CycleRuleException("A cycle that is " + status + " cannot move to " + target + "; possible now: "
					+ possibleMoves() + ".", "cycle.refusal.illegalMove", status, target, possibleMoves());
		}
		return status;
	}

	private List<CycleStatus> possibleMoves() {
		List<CycleStatus> moves = new ArrayList<>();
		if (status.next() != null) {
			moves.add(status.next());
		}
		if (status == CycleStatus.POSTPONED) {
			moves.add(resumeStatus);
		}
		else if (status.maySetAside()) {
			moves.add(CycleStatus.POSTPONED);
		}
		if (status.maySetAside()) {
			moves.add(CycleStatus.WITHDRAWN);
		}
		return moves;
	}

	/** Suspends the cycle, remembering where it stood. */
	void postpone(CurrentUser by, String reason, Instant now) {
		requireSecretariat(by);
		requireReason(reason, "postpone");
		if (!status.maySetAside() || status == CycleStatus.POSTPONED) {
			throw new CycleRuleException("A cycle that is " + status + " cannot be postponed.", "cycle.refusal.postpone",
					status);
		}
		resumeStatus = status;
		sideReason = reason.trim();
		moveTo(CycleStatus.POSTPONED, by, now, sideReason);
	}

	/** Takes a postponed cycle up where it stopped, possibly with a new meeting date. */
	void resume(CurrentUser by, LocalDate newMeetingDate, Instant now) {
		requireSecretariat(by);
		if (status != CycleStatus.POSTPONED) {
			throw new CycleRuleException("Only a postponed cycle can be resumed; this one is " + status + ".",
					"cycle.refusal.resume", status);
		}
		if (newMeetingDate != null) {
			shiftOpenDeadlines(java.time.temporal.ChronoUnit.DAYS.between(meetingDate, newMeetingDate));
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
			throw new CycleRuleException("A cycle that is " + status + " cannot be withdrawn.", "cycle.refusal.withdraw",
					status);
		}
		sideReason = reason.trim();
		moveTo(CycleStatus.WITHDRAWN, by, now, sideReason);
	}

	/**
	 * Moves one date of the calendar. A date whose step the cycle has already passed stays as it was (it is a fact
	 * by now), and the dates must keep the order of the review: reports due, circulated, questions, answers (by
	 * the meeting), publication after the meeting.
	 */
	void moveDeadline(CurrentUser by, DeadlineKind kind, LocalDate date) {
		requireSecretariat(by);
		if (date == null) {
			throw new CycleRuleException("Give the new date of " + kind + ".");
		}
		if (status.isOver()) {
			throw new CycleRuleException("The calendar of a cycle that is " + status + " cannot change.",
					"cycle.refusal.calendarOver", status);
		}
		if (passed(kind)) {
			throw new CycleRuleException("The cycle has passed " + kind + " already: that date is kept as it was.");
		}
		LocalDate previous = deadlines.put(kind, date);
		String disorder = disorder();
		if (disorder != null) {
			deadlines.put(kind, previous);
			throw new CycleRuleException(disorder);
		}
	}

	/**
	 * Says who asks the written questions. It is settled once the question window opens: changing it later would
	 * take the right to ask from someone who may have asked already, or give it after the others had their turn.
	 */
	void letQuestionsFrom(CurrentUser by, QuestionsFrom who) {
		requireSecretariat(by);
		if (who == null) {
			throw new CycleRuleException("Say who asks the written questions: " + java.util.Arrays.toString(QuestionsFrom.values())
					+ ".");
		}
		if (!mayChangeQuestionsFrom()) {
			throw new CycleRuleException("Who asks the written questions is settled once questions open; this cycle is "
					+ status + ".");
		}
		questionsFrom = who;
	}

	/** Before questions open (also when postponed before that), who asks them may still change. */
	public boolean mayChangeQuestionsFrom() {
		CycleStatus where = status == CycleStatus.POSTPONED ? resumeStatus : status;
		return !status.isOver() && !where.hasReached(CycleStatus.QUESTIONS_OPEN);
	}

	/** The first break of the calendar's order, as a message; null when the dates are in order. */
	private String disorder() {
		if (deadline(DeadlineKind.REPORTS_CIRCULATED).isBefore(deadline(DeadlineKind.SELF_ASSESSMENT_DUE))) {
			return "Reports can be circulated only after they are due (" + deadline(DeadlineKind.SELF_ASSESSMENT_DUE) + ").";
		}
		if (deadline(DeadlineKind.QUESTIONS_DUE).isBefore(deadline(DeadlineKind.REPORTS_CIRCULATED))) {
			return "Questions can be due only after the reports are circulated ("
					+ deadline(DeadlineKind.REPORTS_CIRCULATED) + ").";
		}
		if (!deadline(DeadlineKind.QUESTIONS_DUE).isBefore(deadline(DeadlineKind.ANSWERS_DUE))) {
			return "Answers must be due after the questions (" + deadline(DeadlineKind.QUESTIONS_DUE) + ").";
		}
		if (deadline(DeadlineKind.ANSWERS_DUE).isAfter(meetingDate)) {
			return "Answers must be due by the review meeting (" + meetingDate + ").";
		}
		LocalDate publicationFrom = adoptedOn == null ? meetingDate : adoptedOn;
		if (!deadline(DeadlineKind.PUBLICATION_DUE).isAfter(publicationFrom)) {
			return "Publication must be due after " + (adoptedOn == null ? "the meeting" : "adoption") + " ("
					+ publicationFrom + ").";
		}
		return null;
	}

	/** Whether the cycle (or, when postponed, the step it stopped at) has passed the step a date governs. */
	private boolean passed(DeadlineKind kind) {
		CycleStatus where = status == CycleStatus.POSTPONED ? resumeStatus : status;
		return where.hasReached(passedAt(kind));
	}

	private static CycleStatus passedAt(DeadlineKind kind) {
		return switch (kind) {
			case SELF_ASSESSMENT_DUE -> CycleStatus.SUBMITTED;
			case REPORTS_CIRCULATED -> CycleStatus.QUESTIONS_OPEN;
			case QUESTIONS_DUE -> CycleStatus.ANSWERS_DUE;
			case ANSWERS_DUE -> CycleStatus.REVIEW_MEETING;
			case PUBLICATION_DUE -> CycleStatus.PUBLISHED;
		};
	}

	/** A later (or earlier) meeting carries the dates not yet passed with it, so the calendar keeps its spacing. */
	private void shiftOpenDeadlines(long days) {
		for (DeadlineKind kind : DeadlineKind.values()) {
			if (deadlines.containsKey(kind) && !passed(kind)) {
				deadlines.put(kind, deadlines.get(kind).plusDays(days));
			}
		}
	}

	private void checkCalendar(CycleStatus next, LocalDate today) {
		if (next == CycleStatus.QUESTIONS_OPEN && today.isBefore(deadline(DeadlineKind.REPORTS_CIRCULATED))) {
			throw new CycleRuleException("Questions open once the reports are circulated, on "
					+ deadline(DeadlineKind.REPORTS_CIRCULATED) + ".", "cycle.refusal.questionsEarly",
					deadline(DeadlineKind.REPORTS_CIRCULATED).toString());
		}
		if (next == CycleStatus.REVIEW_MEETING && today.isBefore(meetingDate)) {
			throw new CycleRuleException("The review meeting is set for " + meetingDate + ".", "cycle.refusal.meetingLater",
					meetingDate.toString());
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

	public QuestionsFrom questionsFrom() {
		return questionsFrom;
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

	/** The day the conclusions were adopted; null before adoption. */
	public LocalDate adoptedOn() {
		return adoptedOn;
	}

	/** Published after the publication deadline. */
	public boolean publishedLate() {
		return publishedLate;
	}

	List<Transition> newTransitions() {
		return newTransitions;
	}
}
