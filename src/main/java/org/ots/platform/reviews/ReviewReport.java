package org.ots.platform.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The Secretariat's review report on one state in one cycle: findings per area, the state's comments from the
 * factual check (an annex), the meeting that discussed it, and its recommendations.
 */
public record ReviewReport(long cycleId, String state, List<Finding> findings, List<Comment> comments,
		Meeting meeting, List<Recommendation> recommendations) {

	public record Finding(String area, Assessment assessment, String text, int version) {
	}

	public record Comment(String area, String author, String text, Instant at) {
	}

	/** The review meeting as the Secretariat records it; null fields until it is recorded. */
	public record Meeting(LocalDate date, String participants, String conclusions, int version) {
	}
}
