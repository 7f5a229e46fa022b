package org.ots.platform.reviews;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.ots.platform.identity.AuditTrail;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.shared.NotFoundException;
import org.ots.platform.states.State;
import org.ots.platform.states.States;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's commands on review cycles. The rules live in {@link ReviewCycle}; this service loads it,
 * lets it decide, stores the result, and records the audit entry and the {@link CycleMoved} event.
 */
@Service
public class ReviewCycleService {

	private final ReviewCycles cycles;
	private final NationalReports reports;
	private final CycleCalendar calendar;
	private final States states;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ReviewProperties properties;

	ReviewCycleService(ReviewCycles cycles, NationalReports reports, CycleCalendar calendar, States states,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock, ReviewProperties properties) {
		this.cycles = cycles;
		this.reports = reports;
		this.calendar = calendar;
		this.states = states;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.properties = properties;
	}

	public List<ReviewCycle> all() {
		return cycles.all();
	}

	public ReviewCycle get(long id) {
		return cycles.find(id).orElseThrow(() -> new NotFoundException("Review cycle", id));
	}

	/**
	 * Plans the cycle of a year. Without a choice of states, all members are reviewed, and the observers too when
	 * the policy says they are reviewed.
	 */
	@Transactional
	public ReviewCycle open(int year, LocalDate meetingDate, Set<String> chosenStates, ObserverPolicy policy) {
		return open(year, meetingDate, chosenStates, policy, null);
	}

	/** As {@link #open(int, LocalDate, Set, ObserverPolicy)}, saying who asks the written questions (by default,
	 * the examiners and the other member states). */
	@Transactional
	public ReviewCycle open(int year, LocalDate meetingDate, Set<String> chosenStates, ObserverPolicy policy,
			QuestionsFrom questionsFrom) {
		if (cycles.findByYear(year).isPresent()) {
			throw new CycleRuleException("The " + year + " cycle exists already.");
		}
		ObserverPolicy observers = policy == null ? ObserverPolicy.READ_ONLY : policy;
		Set<String> reviewed = chosenStates == null || chosenStates.isEmpty() ? defaultStates(observers)
				: checked(chosenStates, observers);
		QuestionsFrom askers = questionsFrom == null ? QuestionsFrom.EXAMINERS_AND_MEMBERS : questionsFrom;
		ReviewCycle cycle = ReviewCycle.plan(year, meetingDate, reviewed, observers, askers,
				calendar.forMeeting(meetingDate), CurrentUser.get(), Instant.now(clock));
		long id = cycles.insert(cycle);
		ReviewCycle stored = get(id);
		audit.record("CREATE", "ReviewCycle", year, null, null, describe(stored));
		events.publishEvent(new CycleMoved(id, year, null, CycleStatus.PLANNED, stored.reviewedStates()));
		return stored;
	}

	@Transactional
	public ReviewCycle advance(long id) {
		return advance(id, null);
	}

	@Transactional
	public ReviewCycle postpone(long id, String reason) {
		return postpone(id, reason, null);
	}

	@Transactional
	public ReviewCycle resume(long id, LocalDate newMeetingDate) {
		return resume(id, newMeetingDate, null);
	}

	@Transactional
	public ReviewCycle withdraw(long id, String reason) {
		return withdraw(id, reason, null);
	}

	@Transactional
	public ReviewCycle moveDeadline(long id, DeadlineKind kind, LocalDate date) {
		return moveDeadline(id, kind, date, null);
	}

	/*
	 * The same commands with the version the caller saw (null: no check): a page or API client that acts on what
	 * it showed is refused with OptimisticLockingFailureException when the cycle moved meanwhile, instead of
	 * advancing a cycle one step further than its user meant.
	 */

	@Transactional
	public ReviewCycle advance(long id, Integer expectedVersion) {
		return advance(id, null, expectedVersion);
	}

	/**
	 * Moves the cycle one step on. The move to SUBMITTED needs every reviewed state's national report submitted,
	 * or the reason to go on without the missing ones (recorded with the move and in the audit).
	 */
	@Transactional
	public ReviewCycle advance(long id, String reasonWithoutReports, Integer expectedVersion) {
		java.time.Period delay = java.time.Period.ofMonths(properties.publicationMonthsAfterAdoption());
		Set<String> submitted = reports.submittedStates(id);
		return change(id, expectedVersion, "ADVANCE", cycle -> cycle.advance(CurrentUser.get(), LocalDate.now(clock),
				Instant.now(clock), delay, submitted, reasonWithoutReports));
	}

	/** The states whose national report is missing (not submitted) in the cycle, in order. */
	public Set<String> missingReports(long id) {
		return get(id).missingReports(reports.submittedStates(id));
	}

	/** Where each reviewed state's national report stands; null for a state that has not opened its report. */
	Map<String, ReportStatus> reportStatuses(long id) {
		return reports.statuses(id);
	}

	@Transactional
	public ReviewCycle postpone(long id, String reason, Integer expectedVersion) {
		return change(id, expectedVersion, "POSTPONE", cycle -> cycle.postpone(CurrentUser.get(), reason, Instant.now(clock)));
	}

	@Transactional
	public ReviewCycle resume(long id, LocalDate newMeetingDate, Integer expectedVersion) {
		return change(id, expectedVersion, "RESUME",
				cycle -> cycle.resume(CurrentUser.get(), newMeetingDate, Instant.now(clock)));
	}

	@Transactional
	public ReviewCycle withdraw(long id, String reason, Integer expectedVersion) {
		return change(id, expectedVersion, "WITHDRAW", cycle -> cycle.withdraw(CurrentUser.get(), reason, Instant.now(clock)));
	}

	@Transactional
	public ReviewCycle moveDeadline(long id, DeadlineKind kind, LocalDate date, Integer expectedVersion) {
		return change(id, expectedVersion, "MOVE_DEADLINE", cycle -> cycle.moveDeadline(CurrentUser.get(), kind, date));
	}

	/** Says who asks the written questions of the cycle; possible until questions open. */
	@Transactional
	public ReviewCycle letQuestionsFrom(long id, QuestionsFrom who, Integer expectedVersion) {
		return change(id, expectedVersion, "SET_QUESTIONS_FROM", cycle -> cycle.letQuestionsFrom(CurrentUser.get(), who));
	}

	/** The recorded moves of a cycle, oldest first: who, when, why. */
	List<ReviewCycle.Transition> history(long id) {
		return cycles.transitions(get(id).id());
	}

	private ReviewCycle change(long id, Integer expectedVersion, String action, Consumer<ReviewCycle> command) {
		ReviewCycle cycle = get(id);
		if (expectedVersion != null && expectedVersion != cycle.version()) {
			throw new org.springframework.dao.OptimisticLockingFailureException(
					"The cycle was changed by someone else meanwhile. Reload it to see the change.");
		}
		Map<String, Object> before = describe(cycle);
		CycleStatus from = cycle.status();
		command.accept(cycle);
		// the why of a move (a postponement, going on without reports, a late publication) goes into the audit too
		List<String> reasons = cycle.newTransitions().stream().map(ReviewCycle.Transition::reason)
			.filter(Objects::nonNull).toList();
		cycles.update(cycle);
		ReviewCycle after = get(id);
		Map<String, Object> audited = new LinkedHashMap<>(describe(after));
		if (!reasons.isEmpty()) {
			audited.put("reason", String.join("; ", reasons));
		}
		audit.record(action, "ReviewCycle", cycle.year(), null, before, audited);
		if (after.status() != from) {
			events.publishEvent(new CycleMoved(id, after.year(), from, after.status(), after.reviewedStates()));
		}
		return after;
	}

	private Set<String> defaultStates(ObserverPolicy policy) {
		return states.countries()
			.stream()
			.filter(s -> s.isMember() || policy == ObserverPolicy.REVIEWED)
			.map(State::code)
			.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
	}

	private Set<String> checked(Set<String> chosen, ObserverPolicy policy) {
		Set<String> result = new java.util.TreeSet<>();
		for (String code : chosen) {
			State state = states.find(code).orElseThrow(() -> new CycleRuleException("Unknown state " + code + "."));
			if (state.isAggregate()) {
				throw new CycleRuleException("The OTS as a whole is not reviewed; choose states.");
			}
			if (!state.isMember() && policy != ObserverPolicy.REVIEWED) {
				throw new CycleRuleException(state.code() + " is an observer: it is reviewed only when the cycle's "
						+ "observer policy says observers are reviewed.");
			}
			result.add(state.code());
		}
		return result;
	}

	private static Map<String, Object> describe(ReviewCycle cycle) {
		return Map.of("year", cycle.year(), "status", cycle.status().name(), "meetingDate",
				cycle.meetingDate().toString(), "observerPolicy", cycle.observerPolicy().name(), "questionsFrom",
				cycle.questionsFrom().name(), "states",
				List.copyOf(cycle.reviewedStates()), "deadlines", cycle.deadlines().toString(), "adoptedOn",
				String.valueOf(cycle.adoptedOn()), "publishedLate", cycle.publishedLate());
	}
}
