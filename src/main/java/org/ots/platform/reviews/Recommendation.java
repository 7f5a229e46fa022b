package org.ots.platform.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A recommendation of a review report, addressed to one state. It is drafted by the Secretariat, adopted at the
 * meeting (agreed, or noted by the state), and then followed up year by year: each move is one method here,
 * allowed only from the statuses {@link RecommendationStatus} lists and only on the authority it names, and is
 * kept as a dated {@link Event} with its evidence and reporting period.
 */
public class Recommendation {

	/** One recorded change of status. */
	public record Event(RecommendationStatus from, RecommendationStatus to, Asserter assertedAs, String assertedBy,
			String evidence, String period, Instant at) {
	}

	/** The short codes of the seeded areas in recommendation ids (TRN gives KAZ-2026-TR-03). */
	private static final Map<String, String> AREA_SHORT = Map.of("TRN", "TR", "TRD", "TD", "CLI", "CL", "DIG", "DG",
			"FOOD", "FS");

	private final Long id;
	private final String code;
	private final long cycleId;
	private final int year;
	private final String state;
	private final String area;
	private final Priority priority;
	private final List<String> indicators;
	private final LocalDate dueDate;
	private final String text;
	private RecommendationStatus status;
	private final int version;
	private final List<Event> newEvents = new ArrayList<>();

	Recommendation(Long id, String code, long cycleId, int year, String state, String area, Priority priority,
			List<String> indicators, LocalDate dueDate, String text, RecommendationStatus status, int version) {
		this.id = id;
		this.code = code;
		this.cycleId = cycleId;
		this.year = year;
		this.state = state;
		this.area = area;
		this.priority = priority;
		this.indicators = List.copyOf(indicators);
		this.dueDate = dueDate;
		this.text = text;
		this.status = status;
		this.version = version;
	}

	/** A new draft; its code is the state, the cycle's year, the area's short code and a two-digit sequence. */
	static Recommendation draft(long cycleId, int year, String state, String area, int sequence, Priority priority,
			List<String> indicators, LocalDate dueDate, String text, String by, Instant at) {
		if (text == null || text.isBlank()) {
			throw new ReviewRuleException("Write the text of the recommendation.");
		}
		Recommendation draft = new Recommendation(null, code(state, year, area, sequence), cycleId, year, state, area,
				priority == null ? Priority.MEDIUM : priority, indicators, dueDate, text.trim(),
				RecommendationStatus.DRAFT, 0);
		draft.newEvents.add(new Event(null, RecommendationStatus.DRAFT, Asserter.SECRETARIAT, by, null, null, at));
		return draft;
	}

	static String code(String state, int year, String area, int sequence) {
		String upper = area.toUpperCase(Locale.ROOT);
		String shortCode = AREA_SHORT.getOrDefault(upper, upper.substring(0, Math.min(2, upper.length())));
		return "%s-%d-%s-%02d".formatted(state, year, shortCode, sequence);
	}

	/** Adopted at the meeting with the state's agreement. */
	void agree(Asserter as, String by, Instant at) {
		move(RecommendationStatus.AGREED, as, by, null, null, at);
	}

	/** Adopted at the meeting, the state only taking note of it. */
	void note(Asserter as, String by, Instant at) {
		move(RecommendationStatus.NOTED, as, by, null, null, at);
	}

	void planAction(Asserter as, String by, String evidence, String period, Instant at) {
		move(RecommendationStatus.ACTION_PLANNED, as, by, evidence, period, at);
	}

	void start(Asserter as, String by, String evidence, String period, Instant at) {
		move(RecommendationStatus.IN_PROGRESS, as, by, evidence, period, at);
	}

	void markImplemented(Asserter as, String by, String evidence, String period, Instant at) {
		move(RecommendationStatus.IMPLEMENTED, as, by, required(evidence), period, at);
	}

	void markPartlyImplemented(Asserter as, String by, String evidence, String period, Instant at) {
		move(RecommendationStatus.PARTIALLY_IMPLEMENTED, as, by, required(evidence), period, at);
	}

	void markNotImplemented(Asserter as, String by, String evidence, String period, Instant at) {
		move(RecommendationStatus.NOT_IMPLEMENTED, as, by, required(evidence), period, at);
	}

	void supersede(Asserter as, String by, String evidence, Instant at) {
		move(RecommendationStatus.SUPERSEDED, as, by, required(evidence), null, at);
	}

	/** The examiners of a later review confirm the reported outcome. */
	void verify(Asserter as, String by, String evidence, String period, Instant at) {
		move(RecommendationStatus.VERIFIED, as, by, required(evidence), period, at);
	}

	/** Applies the move named by a status, for callers (API, pages) that receive the target as a value. */
	void moveTo(RecommendationStatus target, Asserter as, String by, String evidence, String period, Instant at) {
		switch (target) {
			case AGREED -> agree(as, by, at);
			case NOTED -> note(as, by, at);
			case ACTION_PLANNED -> planAction(as, by, evidence, period, at);
			case IN_PROGRESS -> start(as, by, evidence, period, at);
			case IMPLEMENTED -> markImplemented(as, by, evidence, period, at);
			case PARTIALLY_IMPLEMENTED -> markPartlyImplemented(as, by, evidence, period, at);
			case NOT_IMPLEMENTED -> markNotImplemented(as, by, evidence, period, at);
			case SUPERSEDED -> supersede(as, by, evidence, at);
			case VERIFIED -> verify(as, by, evidence, period, at);
			case DRAFT -> throw new ReviewRuleException("A recommendation cannot go back to draft.");
		}
	}

	private void move(RecommendationStatus next, Asserter as, String by, String evidence, String period, Instant at) {
		if (!status.mayMoveTo(next)) {
			throw new ReviewRuleException("Recommendation " + code + " is " + status + ": it cannot become " + next + ".");
		}
		if (as == null || !next.assertedBy().contains(as)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only " + next.assertedBy() + " may declare recommendation " + code + " " + next + ".");
		}
		newEvents.add(new Event(status, next, as, by, blankToNull(evidence), blankToNull(period), at));
		status = next;
	}

	private String required(String evidence) {
		if (evidence == null || evidence.isBlank()) {
			throw new ReviewRuleException("Give the evidence for this change of recommendation " + code + ".");
		}
		return evidence;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	/** Due and not done: the due date has passed and the outcome is not (or not yet) implemented. */
	public boolean isOverdue(LocalDate today) {
		return dueDate != null && today.isAfter(dueDate) && status.isOpen();
	}

	public Long id() {
		return id;
	}

	public String code() {
		return code;
	}

	public long cycleId() {
		return cycleId;
	}

	public int year() {
		return year;
	}

	public String state() {
		return state;
	}

	public String area() {
		return area;
	}

	public Priority priority() {
		return priority;
	}

	public List<String> indicators() {
		return indicators;
	}

	public LocalDate dueDate() {
		return dueDate;
	}

	public String text() {
		return text;
	}

	public RecommendationStatus status() {
		return status;
	}

	public int version() {
		return version;
	}

	List<Event> newEvents() {
		return newEvents;
	}
}
