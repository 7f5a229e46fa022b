package org.ots.platform.reviews;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ots.platform.identity.AuditTrail;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.shared.NotFoundException;
import org.ots.platform.shared.Period;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up of adopted recommendations: each change asserted by the addressed state, the Secretariat or the
 * examiners of the state, with evidence and period; and the public board of how far each state has come.
 */
@Service
public class RecommendationService {

	/** The cycle statuses in which a cycle's results are public. */
	static final List<String> PUBLISHED = Arrays.stream(CycleStatus.values())
		.filter(s -> s.hasReached(CycleStatus.PUBLISHED))
		.map(Enum::name)
		.toList();

	private final Recommendations recommendations;
	private final ReviewCycleService cycles;
	private final ReviewAccess access;
	private final Assignments assignments;
	private final AuditTrail audit;
	private final Clock clock;

	RecommendationService(Recommendations recommendations, ReviewCycleService cycles, ReviewAccess access,
			Assignments assignments, AuditTrail audit, Clock clock) {
		this.recommendations = recommendations;
		this.cycles = cycles;
		this.access = access;
		this.assignments = assignments;
		this.audit = audit;
		this.clock = clock;
	}

	public List<Recommendation> published(String state, String area) {
		return recommendations.published(blankToNull(state), blankToNull(area), PUBLISHED);
	}

	/** A recommendation, for whoever may see its review report. */
	public Recommendation get(String code) {
		Recommendation r = recommendations.findByCode(code).orElseThrow(() -> new NotFoundException("Recommendation", code));
		access.requireReport(CurrentUser.get(), cycles.get(r.cycleId()), r.state());
		return r;
	}

	public List<Recommendation.Event> history(String code) {
		return recommendations.history(get(code).id());
	}

	/** A follow-up move; the meeting's adoption is recorded with the meeting (ReviewReportService.adopt). */
	@Transactional
	public Recommendation move(String code, RecommendationStatus target, String evidence, String period, Integer version) {
		Recommendation r = get(code);
		if (target == null || target == RecommendationStatus.AGREED || target == RecommendationStatus.NOTED) {
			throw new ReviewRuleException("Choose a follow-up status; agreeing and noting are decided at the meeting.");
		}
		if (version != null && version != r.version()) {
			throw new org.springframework.dao.OptimisticLockingFailureException("Recommendation changed meanwhile.");
		}
		if (period != null && !period.isBlank()) {
			Period.parse(period.trim());
		}
		CurrentUser user = CurrentUser.get();
		Asserter as = asserter(user, r);
		if (as == null) {
			throw new AccessDeniedException("Only the Secretariat, the coordinators of " + r.state()
					+ " and its examiners report on recommendation " + code + ".");
		}
		RecommendationStatus from = r.status();
		r.moveTo(target, as, user.username(), evidence, period, Instant.now(clock));
		recommendations.update(r);
		audit.record("FOLLOW_UP", "Recommendation", code, r.state(), Map.of("status", from.name()),
				Map.of("status", target.name(), "evidence", evidence == null ? "" : evidence, "as", as.name()));
		return recommendations.findByCode(code).orElseThrow();
	}

	/** The board: per state and area, how many published recommendations stand where. */
	public List<BoardRow> board(String state, String area) {
		LocalDate today = LocalDate.now(clock);
		Map<String, BoardRow> rows = new TreeMap<>();
		for (Recommendation r : published(state, area)) {
			rows.merge(r.state() + "/" + r.area(), BoardRow.of(r, today), BoardRow::plus);
		}
		return List.copyOf(rows.values());
	}

	/**
	 * The moves the current user may report on a recommendation: those its status allows and its role may assert
	 * (a coordinator cannot declare a recommendation superseded, for instance). Empty for outsiders.
	 */
	public List<RecommendationStatus> movesOpenTo(Recommendation r) {
		Asserter as = asserter(CurrentUser.get(), r);
		if (as == null || r.status() == RecommendationStatus.DRAFT) {
			return List.of();
		}
		return java.util.Arrays.stream(RecommendationStatus.values())
			.filter(r.status()::mayMoveTo)
			.filter(s -> s.assertedBy().contains(as))
			.filter(s -> s != RecommendationStatus.AGREED && s != RecommendationStatus.NOTED)
			.toList();
	}

	private Asserter asserter(CurrentUser user, Recommendation r) {
		if (user.isSecretariat()) {
			return Asserter.SECRETARIAT;
		}
		if (ReviewAccess.isCoordinatorOf(user, r.state())) {
			return Asserter.STATE;
		}
		// the examiners of the recommendation's own cycle or of a later review of the state
		boolean examines = cycles.all()
			.stream()
			.filter(c -> c.year() >= r.year())
			.anyMatch(c -> assignments.examines(user, c.id(), r.state()));
		return examines ? Asserter.EXAMINERS : null;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim().toUpperCase(java.util.Locale.ROOT);
	}

	/** One line of the board. */
	public record BoardRow(String state, String area, int total, int implemented, int partly, int notImplemented,
			int verified, int overdue) {

		static BoardRow of(Recommendation r, LocalDate today) {
			RecommendationStatus s = r.status();
			return new BoardRow(r.state(), r.area(), 1, s == RecommendationStatus.IMPLEMENTED ? 1 : 0,
					s == RecommendationStatus.PARTIALLY_IMPLEMENTED ? 1 : 0, s == RecommendationStatus.NOT_IMPLEMENTED ? 1 : 0,
					s == RecommendationStatus.VERIFIED ? 1 : 0, r.isOverdue(today) ? 1 : 0);
		}

		BoardRow plus(BoardRow o) {
			return new BoardRow(state, area, total + o.total, implemented + o.implemented, partly + o.partly,
					notImplemented + o.notImplemented, verified + o.verified, overdue + o.overdue);
		}
	}
}
