package org.ots.platform.reviews;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Proposes who examines whom in a cycle: for each reviewed state two examiner states and one expert institution.
 * Never the state itself, nor one of its own institutions, nor a declared conflict; examiner pairs rotate (a pair
 * that examined a state before is proposed again only when every possible pair has, and then the one that did so
 * longest ago); examiners that examined the state recently are avoided; every examiner state examines the same
 * number of peers, plus or minus one, and so does every institution.
 * <p>
 * Examiners are the states that may ask questions: the members, and the observers when the cycle's observer
 * policy lets them ask questions or be reviewed (the caller passes that pool). Pure and deterministic: inputs are
 * sorted and ties broken by codes, so the same history always gives the same proposal. The search is a small
 * branch and bound over the candidate pairs of each reviewed state (at most 8 states), with the balance as hard
 * bounds, relaxed step by step only when conflicts make it impossible.
 */
final class AssignmentPlanner {

	/** How many earlier cycles count for rotation and recency. */
	static final int WINDOW = 8;
	static final int EXAMINERS_PER_STATE = 2;
	private static final int ROTATION_PENALTY = 10_000;
	private static final int PAIR_RECENCY = 100;
	private static final int EXAMINER_RECENCY = 10;
	/** A bound on the search; never reached with 8 states, it keeps a pathological input from running away. */
	private static final long NODE_LIMIT = 5_000_000;

	record InstitutionRef(long id, String name, String stateCode) {
	}

	/** A state or an institution that must not examine a state (exactly one of the two is set). */
	record Conflict(String reviewedState, String examinerState, Long institutionId, String reason) {
	}

	/** What an earlier cycle assigned to one reviewed state. */
	record Past(int year, String reviewedState, Set<String> examinerStates, Set<Long> institutions) {
	}

	record Input(int year, List<String> reviewedStates, List<String> examinerPool, List<InstitutionRef> institutions,
			List<Conflict> conflicts, List<Past> history) {
	}

	/** One line of the explanation, as a message key with its arguments. */
	record Note(String key, List<Object> args) {

		static Note of(String key, Object... args) {
			return new Note(key, List.of(args));
		}
	}

	record Pick(String reviewedState, List<String> examinerStates, List<Long> institutions, List<Note> notes) {
	}

	record Proposal(int year, List<Pick> picks, Map<String, Integer> stateLoads, Map<Long, Integer> institutionLoads,
			long searchNodes) {
	}

	private final Input input;
	private final List<String> reviewed;
	private final Map<Long, InstitutionRef> institutions = new TreeMap<>();

	AssignmentPlanner(Input input) {
		this.input = input;
		this.reviewed = new ArrayList<>(new TreeSet<>(input.reviewedStates()));
		input.institutions().forEach(i -> institutions.put(i.id(), i));
	}

	Proposal propose() {
		List<String> pool = new ArrayList<>(new TreeSet<>(input.examinerPool()));
		List<List<Option>> pairOptions = new ArrayList<>();
		for (String state : reviewed) {
			pairOptions.add(pairOptions(state, pool));
		}
		Search pairs = new Search(pool, pairOptions, EXAMINERS_PER_STATE);
		List<Option> chosenPairs = pairs.run();

		List<String> institutionPool = institutions.keySet().stream().map(String::valueOf).toList();
		List<List<Option>> institutionOptions = new ArrayList<>();
		for (String state : reviewed) {
			institutionOptions.add(institutionOptions(state));
		}
		Search experts = new Search(institutionPool, institutionOptions, 1);
		List<Option> chosenInstitutions = experts.run();

		Map<String, Integer> stateLoads = new TreeMap<>();
		pool.forEach(s -> stateLoads.put(s, 0));
		chosenPairs.forEach(o -> o.parties().forEach(p -> stateLoads.merge(p, 1, Integer::sum)));
		Map<Long, Integer> institutionLoads = new TreeMap<>();
		institutions.keySet().forEach(i -> institutionLoads.put(i, 0));
		chosenInstitutions.forEach(o -> o.parties().forEach(p -> institutionLoads.merge(Long.valueOf(p), 1, Integer::sum)));

		List<Pick> picks = new ArrayList<>();
		for (int i = 0; i < reviewed.size(); i++) {
			String state = reviewed.get(i);
			List<String> examiners = chosenPairs.get(i).parties();
			List<Long> experts2 = chosenInstitutions.get(i).parties().stream().map(Long::valueOf).toList();
			picks.add(new Pick(state, examiners, experts2, explain(state, examiners, experts2, pool, stateLoads,
					institutionLoads)));
		}
		return new Proposal(input.year(), picks, stateLoads, institutionLoads, pairs.nodes + experts.nodes);
	}

	/** The rules a given choice for one reviewed state breaks, given the other states' assignment. */
	List<Note> breaches(String state, List<String> examiners, List<Long> chosenInstitutions,
			Map<String, List<String>> otherExaminers, Map<String, List<Long>> otherInstitutions) {
		List<Note> breaches = new ArrayList<>();
		Set<String> pool = new TreeSet<>(input.examinerPool());
		if (examiners.size() != EXAMINERS_PER_STATE) {
			breaches.add(Note.of("assignments.breach.count", state, examiners.size()));
		}
		for (String examiner : examiners) {
			if (!pool.contains(examiner)) {
				breaches.add(Note.of("assignments.breach.ineligible", examiner));
			}
			conflictOf(state, examiner, null).ifPresent(c -> breaches.add(Note.of("assignments.breach.conflict",
					examiner, state, c.reason())));
		}
		if (examiners.size() == 2) {
			List<List<String>> candidates = candidatePairs(state, new ArrayList<>(pool)).stream()
				.map(Option::parties)
				.toList();
			boolean unusedExists = candidates.stream().anyMatch(p -> lastPairYear(state, p) == null);
			Integer last = lastPairYear(state, examiners);
			if (last != null && unusedExists) {
				breaches.add(Note.of("assignments.breach.rotation", examiners.get(0), examiners.get(1), state,
						String.valueOf(last)));
			}
		}
		if (chosenInstitutions.isEmpty()) {
			breaches.add(Note.of("assignments.breach.noInstitution", state));
		}
		for (Long id : chosenInstitutions) {
			conflictOf(state, null, id).ifPresent(c -> breaches.add(Note.of("assignments.breach.conflict",
					name(id), state, c.reason())));
		}
		Map<String, Integer> loads = new TreeMap<>();
		pool.forEach(s -> loads.put(s, 0));
		otherExaminers.forEach((s, list) -> {
			if (!s.equals(state)) {
				list.forEach(e -> loads.merge(e, 1, Integer::sum));
			}
		});
		examiners.forEach(e -> loads.merge(e, 1, Integer::sum));
		if (spread(loads.values()) > 1) {
			breaches.add(Note.of("assignments.breach.balance", loads.toString()));
		}
		Map<Long, Integer> institutionLoads = new TreeMap<>();
		institutions.keySet().forEach(i -> institutionLoads.put(i, 0));
		otherInstitutions.forEach((s, list) -> {
			if (!s.equals(state)) {
				list.forEach(i -> institutionLoads.merge(i, 1, Integer::sum));
			}
		});
		chosenInstitutions.forEach(i -> institutionLoads.merge(i, 1, Integer::sum));
		if (spread(institutionLoads.values()) > 1) {
			breaches.add(Note.of("assignments.breach.institutionBalance", state));
		}
		return breaches;
	}

	String name(long institutionId) {
		InstitutionRef ref = institutions.get(institutionId);
		return ref == null ? "#" + institutionId : ref.name();
	}

	InstitutionRef institution(long id) {
		return institutions.get(id);
	}

	static int spread(java.util.Collection<Integer> loads) {
		if (loads.isEmpty()) {
			return 0;
		}
		return loads.stream().mapToInt(Integer::intValue).max().getAsInt()
				- loads.stream().mapToInt(Integer::intValue).min().getAsInt();
	}

	private List<Option> pairOptions(String state, List<String> pool) {
		List<Option> candidates = candidatePairs(state, pool);
		boolean unusedExists = candidates.stream().anyMatch(o -> lastPairYear(state, o.parties()) == null);
		List<Option> options = new ArrayList<>();
		for (Option candidate : candidates) {
			int cost = 0;
			Integer last = lastPairYear(state, candidate.parties());
			if (last != null) {
				cost += unusedExists ? ROTATION_PENALTY : PAIR_RECENCY * recency(last);
			}
			for (String examiner : candidate.parties()) {
				Integer examined = lastYear(state, p -> p.examinerStates().contains(examiner));
				if (examined != null) {
					cost += EXAMINER_RECENCY * recency(examined);
				}
			}
			options.add(new Option(candidate.parties(), cost));
		}
		options.sort(Option.ORDER);
		return options;
	}

	/** Pairs that are never wrong: neither the state itself nor a declared conflict; fewer when the pool is small. */
	private List<Option> candidatePairs(String state, List<String> pool) {
		List<String> eligible = pool.stream()
			.filter(e -> !e.equals(state) && conflictOf(state, e, null).isEmpty())
			.sorted()
			.toList();
		List<Option> pairs = new ArrayList<>();
		for (int a = 0; a < eligible.size(); a++) {
			for (int b = a + 1; b < eligible.size(); b++) {
				pairs.add(new Option(List.of(eligible.get(a), eligible.get(b)), 0));
			}
		}
		if (pairs.isEmpty()) {
			eligible.forEach(e -> pairs.add(new Option(List.of(e), 0)));
		}
		if (pairs.isEmpty()) {
			pairs.add(new Option(List.of(), 0));
		}
		return pairs;
	}

	private List<Option> institutionOptions(String state) {
		List<Option> options = new ArrayList<>();
		for (InstitutionRef ref : institutions.values()) {
			if (ref.stateCode().equals(state) || conflictOf(state, null, ref.id()).isPresent()) {
				continue;
			}
			Integer last = lastYear(state, p -> p.institutions().contains(ref.id()));
			options.add(new Option(List.of(String.valueOf(ref.id())), last == null ? 0 : PAIR_RECENCY * recency(last)));
		}
		options.sort(Option.ORDER);
		if (options.isEmpty()) {
			options.add(new Option(List.of(), 0));
		}
		return options;
	}

	private List<Note> explain(String state, List<String> examiners, List<Long> chosen, List<String> pool,
			Map<String, Integer> stateLoads, Map<Long, Integer> institutionLoads) {
		List<Note> notes = new ArrayList<>();
		if (examiners.size() == 2) {
			String a = examiners.get(0);
			String b = examiners.get(1);
			Integer last = lastPairYear(state, examiners);
			boolean unusedExists = candidatePairs(state, pool).stream().anyMatch(o -> lastPairYear(state, o.parties()) == null);
			if (last == null) {
				notes.add(Note.of("assignments.why.pair.new", a, b, state));
			}
			else if (unusedExists) {
				notes.add(Note.of("assignments.why.pair.forced", a, b, state, String.valueOf(last)));
			}
			else {
				notes.add(Note.of("assignments.why.pair.oldest", a, b, state, String.valueOf(last)));
			}
			for (String examiner : examiners) {
				Integer examined = lastYear(state, p -> p.examinerStates().contains(examiner));
				notes.add(examined == null ? Note.of("assignments.why.examiner.never", examiner, state)
						: Note.of("assignments.why.examiner.since", examiner, state, String.valueOf(examined)));
			}
			notes.add(Note.of("assignments.why.load", a, stateLoads.get(a), b, stateLoads.get(b)));
		}
		else {
			notes.add(Note.of("assignments.why.examiners.short", state, examiners.size()));
		}
		if (chosen.isEmpty()) {
			notes.add(Note.of("assignments.why.institution.none", state));
		}
		for (Long id : chosen) {
			Integer last = lastYear(state, p -> p.institutions().contains(id));
			notes.add(last == null ? Note.of("assignments.why.institution.new", name(id), state, institutionLoads.get(id))
					: Note.of("assignments.why.institution.since", name(id), state, String.valueOf(last),
							institutionLoads.get(id)));
		}
		return notes;
	}

	private java.util.Optional<Conflict> conflictOf(String state, String examinerState, Long institutionId) {
		return input.conflicts()
			.stream()
			.filter(c -> c.reviewedState().equals(state))
			.filter(c -> examinerState != null ? examinerState.equals(c.examinerState())
					: institutionId != null && institutionId.equals(c.institutionId()))
			.min(Comparator.comparing(Conflict::reason));
	}

	/** The latest earlier cycle, within the window, in which this pair examined the state together. */
	private Integer lastPairYear(String state, List<String> pair) {
		return lastYear(state, p -> p.examinerStates().containsAll(pair));
	}

	private Integer lastYear(String state, Function<Past, Boolean> matches) {
		Integer last = null;
		for (Past past : input.history()) {
			if (past.reviewedState().equals(state) && past.year() < input.year()
					&& past.year() >= input.year() - WINDOW && matches.apply(past)) {
				last = last == null ? past.year() : Math.max(last, past.year());
			}
		}
		return last;
	}

	/** Weight of a past cycle: last year's counts most, one beyond the window not at all. */
	private int recency(int year) {
		return Math.max(1, WINDOW + 1 - (input.year() - year));
	}

	/** A choice of parties for one reviewed state with its cost; ordered by cost, then by codes. */
	record Option(List<String> parties, int cost) {

		static final Comparator<Option> ORDER = Comparator.comparingInt(Option::cost)
			.thenComparing(o -> String.join(",", o.parties()));
	}

	/**
	 * Chooses one option per row minimising the total cost, every party's load between the floor and the ceiling of
	 * the fair share. When conflicts leave no such choice, the bounds are widened one step at a time.
	 */
	static final class Search {

		private final List<String> parties;
		private final List<List<Option>> options;
		private final Map<String, Integer> index = new LinkedHashMap<>();
		private final int[] loads;
		private final int[] slotsFrom;
		private final int[] minCostFrom;
		private int ceiling;
		private int floor;
		private long nodes;
		private int bestCost;
		private Option[] best;
		private final Option[] current;

		Search(List<String> parties, List<List<Option>> options, int perRow) {
			this.parties = parties;
			this.options = options;
			for (int i = 0; i < parties.size(); i++) {
				index.put(parties.get(i), i);
			}
			this.loads = new int[parties.size()];
			int rows = options.size();
			this.slotsFrom = new int[rows + 1];
			this.minCostFrom = new int[rows + 1];
			for (int r = rows - 1; r >= 0; r--) {
				List<Option> row = options.get(r);
				slotsFrom[r] = slotsFrom[r + 1] + row.stream().mapToInt(o -> o.parties().size()).max().orElse(0);
				minCostFrom[r] = minCostFrom[r + 1] + row.stream().mapToInt(Option::cost).min().orElse(0);
			}
			this.current = new Option[rows];
			int slots = slotsFrom[0];
			this.ceiling = parties.isEmpty() ? 0 : (slots + parties.size() - 1) / parties.size();
			this.floor = parties.isEmpty() ? 0 : slots / parties.size();
		}

		List<Option> run() {
			if (options.isEmpty()) {
				return List.of();
			}
			int rows = options.size();
			while (true) {
				bestCost = Integer.MAX_VALUE;
				best = null;
				dfs(0, 0);
				if (best != null) {
					return List.of(best);
				}
				if (floor > 0) {
					floor--;
				}
				else if (ceiling < rows) {
					ceiling++;
				}
				else {
					throw new IllegalStateException("no assignment satisfies even the widest bounds");
				}
			}
		}

		private void dfs(int row, int cost) {
			nodes++;
			if (nodes > NODE_LIMIT && best != null) {
				return;
			}
			if ((long) cost + minCostFrom[row] >= bestCost) {
				return;
			}
			if (row == options.size()) {
				for (int load : loads) {
					if (load < floor) {
						return;
					}
				}
				bestCost = cost;
				best = current.clone();
				return;
			}
			int deficit = 0;
			for (int load : loads) {
				deficit += Math.max(0, floor - load);
			}
			if (deficit > slotsFrom[row]) {
				return;
			}
			for (Option option : options.get(row)) {
				if (!fits(option)) {
					continue;
				}
				option.parties().forEach(p -> loads[index.get(p)]++);
				current[row] = option;
				dfs(row + 1, cost + option.cost());
				option.parties().forEach(p -> loads[index.get(p)]--);
			}
		}

		private boolean fits(Option option) {
			for (String party : option.parties()) {
				if (loads[index.get(party)] >= ceiling) {
					return false;
				}
			}
			return true;
		}
	}
}
