package org.ots.platform.reviews;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ots.platform.identity.AuditTrail;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.identity.Role;
import org.ots.platform.identity.UserAccounts;
import org.ots.platform.reviews.AssignmentPlanner.Note;
import org.ots.platform.reviews.AssignmentPlanner.Pick;
import org.ots.platform.reviews.AssignmentStore.Stored;
import org.ots.platform.states.State;
import org.ots.platform.states.States;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who examines whom in a cycle. The Secretariat asks for a proposal ({@link AssignmentPlanner}), accepts it, and may
 * change one reviewed state's examiners afterwards; a change that breaks a rule (a declared conflict, a repeated
 * pair, the balance, two examiners and an institution) is stored only with a written reason. The parties of a
 * cycle (coordinators of its states, its examiners and experts) read the accepted assignment; everybody reads it
 * once the cycle is published.
 */
@Service
public class ExaminerAssignments {

	private final ReviewCycleService cycles;
	private final AssignmentStore store;
	private final States states;
	private final UserAccounts accounts;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ExaminerAssignments(ReviewCycleService cycles, AssignmentStore store, States states, UserAccounts accounts,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.cycles = cycles;
		this.store = store;
		this.states = states;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The proposal for the cycle as the history stands now, with its explanations; nothing is stored. */
	AssignmentPlanner.Proposal propose(long cycleId) {
		requireSecretariat();
		return planner(cycles.get(cycleId)).propose();
	}

	/** Stores the proposal as the cycle's assignment, replacing an earlier one. */
	@Transactional
	public void accept(long cycleId) {
		requireSecretariat();
		ReviewCycle cycle = cycles.get(cycleId);
		requireOpen(cycle);
		Map<String, Stored> before = store.assignment(cycleId);
		Map<String, Stored> picks = new TreeMap<>();
		for (Pick pick : planner(cycle).propose().picks()) {
			picks.put(pick.reviewedState(), new Stored(pick.reviewedState(), pick.examinerStates(), pick.institutions(), null));
		}
		store.acceptAll(cycleId, picks, CurrentUser.get().username(), Instant.now(clock));
		audit.record("ACCEPT_ASSIGNMENT", "ReviewCycle", cycle.year(), null, describe(before), describe(picks));
		events.publishEvent(new ReviewEvents.ExaminersAssigned(cycleId, cycle.year(),
				picks.values().stream().map(ExaminerAssignments::examination).toList()));
	}

	/**
	 * Changes the examiners and institutions of one reviewed state. Never the state itself or one of its own
	 * institutions; any other rule may be broken only with a reason, which is stored with the rows and audited.
	 */
	@Transactional
	public void change(long cycleId, String reviewedState, List<String> examiners, List<Long> institutionIds,
			String reason, int expectedVersion) {
		requireSecretariat();
		ReviewCycle cycle = cycles.get(cycleId);
		requireOpen(cycle);
		if (store.acceptance(cycleId).isEmpty()) {
			throw new AssignmentRuleException("assignments.error.notAccepted",
					"Accept a proposal first; then change it state by state.");
		}
		String state = reviewedState == null ? "" : reviewedState.trim().toUpperCase();
		if (!cycle.reviewedStates().contains(state)) {
			throw new AssignmentRuleException("assignments.error.notReviewed", state + " is not reviewed in this cycle.",
					state);
		}
		List<String> chosen = checkedExaminers(state, examiners);
		AssignmentPlanner planner = planner(cycle);
		List<Long> chosenInstitutions = checkedInstitutions(state, institutionIds, planner);
		Map<String, Stored> current = store.assignment(cycleId);
		Map<String, List<String>> otherExaminers = new TreeMap<>();
		Map<String, List<Long>> otherInstitutions = new TreeMap<>();
		current.forEach((s, stored) -> {
			otherExaminers.put(s, stored.examinerStates());
			otherInstitutions.put(s, stored.institutions());
		});
		List<Note> breaches = planner.breaches(state, chosen, chosenInstitutions, otherExaminers, otherInstitutions);
		String why = reason == null || reason.isBlank() ? null : reason.trim();
		if (!breaches.isEmpty() && why == null) {
			throw new AssignmentRuleException(breaches);
		}
		if (why != null && why.length() > 2000) {
			throw new AssignmentRuleException("assignments.error.reasonLength", "The reason has at most 2000 characters.");
		}
		Stored after = new Stored(state, chosen, chosenInstitutions, breaches.isEmpty() ? null : why);
		store.replace(cycleId, after, expectedVersion);
		Map<String, Object> auditAfter = new LinkedHashMap<>(describe(Map.of(state, after)));
		auditAfter.put("breaches", breaches.stream().map(Note::key).toList());
		audit.record("CHANGE_ASSIGNMENT", "ReviewCycle", cycle.year(), state,
				current.containsKey(state) ? describe(Map.of(state, current.get(state))) : null, auditAfter);
		events.publishEvent(new ReviewEvents.ExaminersAssigned(cycleId, cycle.year(), List.of(examination(after))));
	}

	/** Declares that a state or an institution must not examine a state; the proposal respects it from now on. */
	@Transactional
	public long declareConflict(String reviewedState, String examinerState, Long institutionId, String reason) {
		requireSecretariat();
		String state = knownState(reviewedState);
		if ((examinerState == null || examinerState.isBlank()) == (institutionId == null)) {
			throw new AssignmentRuleException("assignments.error.conflictParty",
					"Name either a state or an institution that must not examine " + state + ".", state);
		}
		String examiner = examinerState == null || examinerState.isBlank() ? null : knownState(examinerState);
		if (state.equals(examiner)) {
			throw new AssignmentRuleException("assignments.error.self", state + " cannot examine itself.", state);
		}
		if (institutionId != null && accounts.institutions().stream().noneMatch(i -> i.id() == institutionId)) {
			throw new AssignmentRuleException("assignments.error.institution", "Unknown institution " + institutionId + ".",
					institutionId);
		}
		if (reason == null || reason.isBlank() || reason.trim().length() > 2000) {
			throw new AssignmentRuleException("assignments.error.conflictReason",
					"Give the reason of the conflict (at most 2000 characters); it is recorded.");
		}
		store.lockConflictsOf(state);
		if (store.conflictExists(state, examiner, institutionId)) {
			String party = examiner != null ? examiner : institutionNames().getOrDefault(institutionId, "#" + institutionId);
			throw new AssignmentRuleException("assignments.error.conflictDuplicate",
					party + " is already declared in conflict with " + state + ".", party, state);
		}
		long id = store.declareConflict(state, examiner, institutionId, reason.trim(), CurrentUser.get().username(),
				Instant.now(clock));
		audit.record("DECLARE_CONFLICT", "AssignmentConflict", id, state, null,
				describe(state, examiner, institutionId, reason.trim()));
		return id;
	}

	/**
	 * Withdraws a declared conflict: the proposal may pair the two again. The row goes; the audit trail keeps what it
	 * said and who withdrew it.
	 */
	@Transactional
	public void withdrawConflict(long conflictId) {
		requireSecretariat();
		AssignmentStore.Declared conflict = store.declaredConflict(conflictId).orElseThrow(() -> gone(conflictId));
		if (!store.withdrawConflict(conflictId)) {
			throw gone(conflictId);
		}
		audit.record("WITHDRAW_CONFLICT", "AssignmentConflict", conflictId, conflict.reviewedState(),
				describe(conflict.reviewedState(), conflict.examinerState(), conflict.institutionId(), conflict.reason()),
				null);
	}

	/** The declared conflicts, for the Secretariat, which alone declares and withdraws them. */
	List<AssignmentStore.Declared> conflicts() {
		requireSecretariat();
		return store.declaredConflicts();
	}

	private static AssignmentRuleException gone(long conflictId) {
		return new AssignmentRuleException("assignments.error.conflictGone",
				"Conflict " + conflictId + " is not declared (any more): someone may have withdrawn it meanwhile.",
				conflictId);
	}

	private static Map<String, Object> describe(String state, String examiner, Long institutionId, String reason) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("reviewedState", state);
		map.put("examinerState", examiner);
		map.put("institutionId", institutionId);
		map.put("reason", reason);
		return map;
	}

	/** The accepted assignment, for those who may read it; empty rows if none was accepted (Secretariat only). */
	AssignmentView view(long cycleId) {
		ReviewCycle cycle = cycles.get(cycleId);
		Map<String, Stored> rows = store.assignment(cycleId);
		if (!mayRead(cycle, rows, CurrentUser.get())) {
			throw new AccessDeniedException(CurrentUser.get().isAnonymous()
					? "The assignment is public once the cycle is published."
					: "Only the Secretariat and the parties of a cycle see its assignment.");
		}
		AssignmentPlanner planner = planner(cycle);
		Map<Long, String> names = new TreeMap<>();
		rows.values().forEach(r -> r.institutions().forEach(i -> names.put(i, planner.name(i))));
		return new AssignmentView(cycle, store.acceptance(cycleId).orElse(null), new ArrayList<>(rows.values()), names);
	}

	/** Names of the registered institutions, for forms and explanations. */
	Map<Long, String> institutionNames() {
		Map<Long, String> names = new LinkedHashMap<>();
		accounts.institutions().forEach(i -> names.put(i.id(), i.name() + " (" + i.stateCode() + ")"));
		return names;
	}

	private boolean mayRead(ReviewCycle cycle, Map<String, Stored> rows, CurrentUser user) {
		if (user.isSecretariat()) {
			return true;
		}
		if (rows.isEmpty()) {
			return false;
		}
		if (cycle.status().hasReached(CycleStatus.PUBLISHED)) {
			return true;
		}
		Set<String> examinerStates = new TreeSet<>();
		Set<Long> institutions = new TreeSet<>();
		rows.values().forEach(r -> {
			examinerStates.addAll(r.examinerStates());
			institutions.addAll(r.institutions());
		});
		if (user.role() == Role.NATIONAL_COORDINATOR) {
			return cycle.reviewedStates().contains(user.stateCode()) || examinerStates.contains(user.stateCode());
		}
		if (user.role() == Role.EXAMINER) {
			return examinerStates.contains(user.stateCode());
		}
		if (user.role() == Role.EXPERT) {
			return user.institutionId() != null && institutions.contains(user.institutionId());
		}
		return false;
	}

	private AssignmentPlanner planner(ReviewCycle cycle) {
		List<String> pool = states.countries()
			.stream()
			.filter(s -> s.isMember() || cycle.observerPolicy() != ObserverPolicy.READ_ONLY)
			.map(State::code)
			.toList();
		List<AssignmentPlanner.InstitutionRef> institutions = accounts.institutions()
			.stream()
			.map(i -> new AssignmentPlanner.InstitutionRef(i.id(), i.name(), i.stateCode()))
			.toList();
		return new AssignmentPlanner(new AssignmentPlanner.Input(cycle.year(), List.copyOf(cycle.reviewedStates()), pool,
				institutions, store.conflicts(), store.history(cycle.year())));
	}

	private List<String> checkedExaminers(String state, List<String> examiners) {
		Set<String> chosen = new TreeSet<>();
		for (String code : examiners == null ? List.<String>of() : examiners) {
			if (code == null || code.isBlank()) {
				continue;
			}
			String examiner = knownState(code);
			if (examiner.equals(state)) {
				throw new AssignmentRuleException("assignments.error.self", state + " cannot examine itself.", state);
			}
			chosen.add(examiner);
		}
		if (chosen.isEmpty()) {
			throw new AssignmentRuleException("assignments.error.noExaminer", "Choose at least one examiner state.");
		}
		return List.copyOf(chosen);
	}

	private List<Long> checkedInstitutions(String state, List<Long> ids, AssignmentPlanner planner) {
		Set<Long> chosen = new TreeSet<>();
		for (Long id : ids == null ? List.<Long>of() : ids) {
			if (id == null) {
				continue;
			}
			AssignmentPlanner.InstitutionRef ref = planner.institution(id);
			if (ref == null) {
				throw new AssignmentRuleException("assignments.error.institution", "Unknown institution " + id + ".", id);
			}
			if (ref.stateCode().equals(state)) {
				throw new AssignmentRuleException("assignments.error.ownInstitution",
						ref.name() + " belongs to " + state + ": it cannot examine its own state.", ref.name(), state);
			}
			chosen.add(id);
		}
		return List.copyOf(chosen);
	}

	private String knownState(String code) {
		String upper = code == null ? "" : code.trim().toUpperCase();
		State state = states.find(upper)
			.orElseThrow(() -> new AssignmentRuleException("assignments.error.state", "Unknown state " + upper + ".", upper));
		if (state.isAggregate()) {
			throw new AssignmentRuleException("assignments.error.state", "Unknown state " + upper + ".", upper);
		}
		return state.code();
	}

	private static void requireSecretariat() {
		if (!CurrentUser.get().isSecretariat()) {
			throw new AccessDeniedException("Only the Secretariat assigns examiners.");
		}
	}

	private static void requireOpen(ReviewCycle cycle) {
		if (cycle.status().isOver()) {
			throw new AssignmentRuleException("assignments.error.over",
					"The cycle is " + cycle.status() + ": its assignment cannot change.", cycle.status().name());
		}
	}

	private static ReviewEvents.Examination examination(Stored stored) {
		return new ReviewEvents.Examination(stored.reviewedState(), stored.examinerStates(), stored.institutions());
	}

	private static Map<String, Object> describe(Map<String, Stored> picks) {
		Map<String, Object> map = new TreeMap<>();
		picks.forEach((state, p) -> map.put(state,
				"examiners " + p.examinerStates() + ", institutions " + p.institutions()
						+ (p.overrideReason() == null ? "" : ", reason: " + p.overrideReason())));
		return map;
	}
}
