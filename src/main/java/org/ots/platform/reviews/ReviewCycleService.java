package org.ots.platform.reviews;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
	private final CycleCalendar calendar;
	private final States states;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReviewCycleService(ReviewCycles cycles, CycleCalendar calendar, States states, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.cycles = cycles;
		this.calendar = calendar;
		this.states = states;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
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
		if (cycles.findByYear(year).isPresent()) {
			throw new CycleRuleException("The " + year + " cycle exists already.");
		}
		ObserverPolicy observers = policy == null ? ObserverPolicy.READ_ONLY : policy;
		Set<String> reviewed = chosenStates == null || chosenStates.isEmpty() ? defaultStates(observers)
				: checked(chosenStates, observers);
		ReviewCycle cycle = ReviewCycle.plan(year, meetingDate, reviewed, observers, calendar.forMeeting(meetingDate),
				CurrentUser.get(), Instant.now(clock));
		long id = cycles.insert(cycle);
		ReviewCycle stored = get(id);
		audit.record("CREATE", "ReviewCycle", year, null, null, describe(stored));
		events.publishEvent(new CycleMoved(id, year, null, CycleStatus.PLANNED, stored.reviewedStates()));
		return stored;
	}

	@Transactional
	public ReviewCycle advance(long id) {
		return change(id, "ADVANCE", cycle -> cycle.advance(CurrentUser.get(), LocalDate.now(clock), Instant.now(clock)));
	}

	@Transactional
	public ReviewCycle postpone(long id, String reason) {
		return change(id, "POSTPONE", cycle -> cycle.postpone(CurrentUser.get(), reason, Instant.now(clock)));
	}

	@Transactional
	public ReviewCycle resume(long id, LocalDate newMeetingDate) {
		return change(id, "RESUME", cycle -> cycle.resume(CurrentUser.get(), newMeetingDate, Instant.now(clock)));
	}

	@Transactional
	public ReviewCycle withdraw(long id, String reason) {
		return change(id, "WITHDRAW", cycle -> cycle.withdraw(CurrentUser.get(), reason, Instant.now(clock)));
	}

	@Transactional
	public ReviewCycle moveDeadline(long id, DeadlineKind kind, LocalDate date) {
		return change(id, "MOVE_DEADLINE", cycle -> cycle.moveDeadline(CurrentUser.get(), kind, date));
	}

	private ReviewCycle change(long id, String action, Consumer<ReviewCycle> command) {
		ReviewCycle cycle = get(id);
		Map<String, Object> before = describe(cycle);
		CycleStatus from = cycle.status();
		command.accept(cycle);
		cycles.update(cycle);
		ReviewCycle after = get(id);
		audit.record(action, "ReviewCycle", cycle.year(), null, before, describe(after));
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
				cycle.meetingDate().toString(), "observerPolicy", cycle.observerPolicy().name(), "states",
				List.copyOf(cycle.reviewedStates()), "deadlines", cycle.deadlines().toString());
	}
}
