package org.ots.platform.reviews;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a recommendation stands (DESIGN.md section 2). A draft is adopted as AGREED, or NOTED when the reviewed
 * state does not commit to it; the state then plans action and reports the outcome; the examiners of the next
 * review verify the outcome. A recommendation overtaken by a newer one is SUPERSEDED.
 */
public enum RecommendationStatus {
	DRAFT, AGREED, NOTED, ACTION_PLANNED, IN_PROGRESS, IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED,
	SUPERSEDED, VERIFIED;

	private static final Set<RecommendationStatus> OUTCOMES = EnumSet.of(IMPLEMENTED, PARTIALLY_IMPLEMENTED,
			NOT_IMPLEMENTED);

	private static final Map<RecommendationStatus, Set<RecommendationStatus>> MOVES = Map.of(
			DRAFT, EnumSet.of(AGREED, NOTED),
			AGREED, EnumSet.of(ACTION_PLANNED, IN_PROGRESS, IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED, SUPERSEDED),
			NOTED, EnumSet.of(ACTION_PLANNED, IN_PROGRESS, IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED, SUPERSEDED),
			ACTION_PLANNED, EnumSet.of(IN_PROGRESS, IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED, SUPERSEDED),
			IN_PROGRESS, EnumSet.of(IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED, SUPERSEDED),
			IMPLEMENTED, EnumSet.of(VERIFIED),
			PARTIALLY_IMPLEMENTED, EnumSet.of(IN_PROGRESS, IMPLEMENTED, VERIFIED, SUPERSEDED),
			NOT_IMPLEMENTED, EnumSet.of(IN_PROGRESS, VERIFIED, SUPERSEDED),
			SUPERSEDED, EnumSet.noneOf(RecommendationStatus.class),
			VERIFIED, EnumSet.noneOf(RecommendationStatus.class));

	public boolean mayMoveTo(RecommendationStatus next) {
		return MOVES.get(this).contains(next);
	}

	/** Who may assert a move to this status. */
	Set<Asserter> assertedBy() {
		return switch (this) {
			case DRAFT -> EnumSet.noneOf(Asserter.class);
			// the adoption is the meeting's decision, recorded by the Secretariat
			case AGREED, NOTED, SUPERSEDED -> EnumSet.of(Asserter.SECRETARIAT);
			case ACTION_PLANNED, IN_PROGRESS -> EnumSet.of(Asserter.STATE, Asserter.SECRETARIAT);
			case IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED -> EnumSet.allOf(Asserter.class);
			case VERIFIED -> EnumSet.of(Asserter.EXAMINERS, Asserter.SECRETARIAT);
		};
	}

	public boolean isOutcome() {
		return OUTCOMES.contains(this);
	}

	/** Adopted and still to be acted upon: due dates matter only for these. */
	public boolean isOpen() {
		return this == AGREED || this == NOTED || this == ACTION_PLANNED || this == IN_PROGRESS
				|| this == PARTIALLY_IMPLEMENTED || this == NOT_IMPLEMENTED;
	}
}
