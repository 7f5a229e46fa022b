package org.ots.platform.reviews;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a review cycle (DESIGN.md section 3), in their order, with the moves each allows. The main line
 * runs from PLANNED to CLOSED one step at a time; a cycle that is not over can be POSTPONED (and resumed where
 * it stopped) or WITHDRAWN (for good).
 */
public enum CycleStatus {
	PLANNED, SELF_ASSESSMENT, SUBMITTED, SECRETARIAT_ANALYSIS, FACTUAL_CHECK, QUESTIONS_OPEN, ANSWERS_DUE,
	REVIEW_MEETING, CONCLUSIONS_DRAFTING, ADOPTED, PUBLISHED, FOLLOW_UP, CLOSED, POSTPONED, WITHDRAWN;

	private static final Set<CycleStatus> OVER = EnumSet.of(CLOSED, WITHDRAWN);
	private static final Set<CycleStatus> SIDE = EnumSet.of(POSTPONED, WITHDRAWN);

	/** The next state of the main line; null at its end and for side states. */
	public CycleStatus next() {
		if (this == CLOSED || SIDE.contains(this)) {
			return null;
		}
		return values()[ordinal() + 1];
	}

	public boolean isOver() {
		return OVER.contains(this);
	}

	/** Postponing and withdrawing are possible until the cycle is over (a postponed cycle can still be withdrawn). */
	public boolean maySetAside() {
		return !isOver();
	}

	/** Reached this state, or a later one of the main line (side states have reached nothing). */
	public boolean hasReached(CycleStatus milestone) {
		return !SIDE.contains(this) && ordinal() >= milestone.ordinal();
	}
}
