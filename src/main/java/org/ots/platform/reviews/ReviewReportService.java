package org.ots.platform.reviews;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ots.platform.identity.AuditTrail;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's analysis and its outcome: findings and draft recommendations while the cycle is between the
 * analysis and the conclusions, the reviewed state's right of reply during the factual check, and the meeting
 * that adopts the recommendations (agreed, or noted by the state).
 */
@Service
public class ReviewReportService {

	private final ReviewReports reports;
	private final Recommendations recommendations;
	private final ReviewCycleService cycles;
	private final ReviewAccess access;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReviewReportService(ReviewReports reports, Recommendations recommendations, ReviewCycleService cycles,
			ReviewAccess access, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.reports = reports;
		this.recommendations = recommendations;
		this.cycles = cycles;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public ReviewReport report(long cycleId, String state) {
		ReviewCycle cycle = reviewed(cycleId, state);
		access.requireReport(CurrentUser.get(), cycle, state);
		return new ReviewReport(cycleId, state, reports.findings(cycleId, state), reports.comments(cycleId, state),
				reports.meeting(cycleId, state), recommendations.of(cycleId, state));
	}

	@Transactional
	public void saveFinding(long cycleId, String state, String area, Assessment assessment, String text, Integer version) {
		ReviewCycle cycle = drafting(cycleId, state);
		if (assessment == null || text == null || text.isBlank()) {
			throw new ReviewRuleException("A finding needs its area, an assessment and a text.");
		}
		reports.saveFinding(reports.idOf(cycle.id(), state), access.area(area), assessment, text.trim(), version);
		audit.record("FINDING", "ReviewReport", cycleId + "/" + state, state, null,
				Map.of("area", area, "assessment", assessment.name(), "text", text));
	}

	@Transactional
	public Recommendation draftRecommendation(long cycleId, String state, String area, Priority priority,
			List<String> indicators, LocalDate dueDate, String text) {
		ReviewCycle cycle = drafting(cycleId, state);
		String areaCode = access.area(area);
		int sequence = recommendations.nextSequence(state, cycle.year(), areaCode);
		Recommendation draft = Recommendation.draft(cycleId, cycle.year(), state, areaCode, sequence, priority,
				indicators == null ? List.of() : indicators.stream().map(String::trim).filter(s -> !s.isEmpty()).toList(),
				dueDate, text, CurrentUser.get().username(), Instant.now(clock));
		long id = recommendations.insert(draft, sequence);
		audit.record("DRAFT", "Recommendation", draft.code(), state, null, Map.of("text", draft.text(), "area", areaCode));
		return recommendations.find(id).orElseThrow();
	}

	/** The reviewed state's comment on the draft; kept beside the Secretariat's text, which it never changes. */
	@Transactional
	public void comment(long cycleId, String state, String area, String text) {
		ReviewCycle cycle = reviewed(cycleId, state);
		if (!ReviewAccess.isCoordinatorOf(CurrentUser.get(), state)) {
			throw new AccessDeniedException("Only the coordinators of " + state + " comment on its draft review report.");
		}
		if (cycle.status() != CycleStatus.FACTUAL_CHECK) {
			throw new ReviewRuleException("Comments on the draft are made during the factual check; the cycle is "
					+ cycle.status() + ".");
		}
		if (text == null || text.isBlank()) {
			throw new ReviewRuleException("Write the comment.");
		}
		String section = area == null || area.isBlank() ? null : access.area(area);
		reports.addComment(reports.idOf(cycleId, state), section, CurrentUser.get().username(), text.trim(),
				Instant.now(clock));
		audit.record("COMMENT", "ReviewReport", cycleId + "/" + state, state, null, Map.of("comment", text));
	}

	@Transactional
	public void recordMeeting(long cycleId, String state, LocalDate date, String participants, String conclusions,
			int version) {
		ReviewCycle cycle = meeting(cycleId, state);
		if (date == null) {
			throw new ReviewRuleException("Give the date of the meeting.");
		}
		ReviewReport.Meeting before = reports.meeting(cycle.id(), state);
		reports.saveMeeting(reports.idOf(cycleId, state), date, participants, conclusions, version);
		audit.record("MEETING", "ReviewReport", cycleId + "/" + state, state, before,
				new ReviewReport.Meeting(date, participants, conclusions, version + 1));
	}

	/** Records the meeting's decision on each draft recommendation: agreed, or noted by the reviewed state. */
	@Transactional
	public List<Recommendation> adopt(long cycleId, String state, Map<String, RecommendationStatus> decisions) {
		ReviewCycle cycle = meeting(cycleId, state);
		String by = CurrentUser.get().username();
		List<ReviewEvents.Adopted> adopted = new java.util.ArrayList<>();
		for (Map.Entry<String, RecommendationStatus> decision : decisions.entrySet()) {
			Recommendation r = recommendations.findByCode(decision.getKey())
				.filter(found -> found.cycleId() == cycleId && found.state().equals(state))
				.orElseThrow(() -> new NotFoundException("Recommendation", decision.getKey()));
			if (decision.getValue() != RecommendationStatus.AGREED && decision.getValue() != RecommendationStatus.NOTED) {
				throw new ReviewRuleException("The meeting agrees or notes a recommendation; " + decision.getValue()
						+ " is a follow-up status.");
			}
			RecommendationStatus from = r.status();
			r.moveTo(decision.getValue(), Asserter.SECRETARIAT, by, null, null, Instant.now(clock));
			recommendations.update(r);
			audit.record("ADOPT", "Recommendation", r.code(), state, Map.of("status", from.name()),
					Map.of("status", r.status().name()));
			adopted.add(new ReviewEvents.Adopted(r.code(), r.status(), r.dueDate(), r.text()));
		}
		if (!adopted.isEmpty()) {
			events.publishEvent(new ReviewEvents.RecommendationsAdopted(cycleId, cycle.year(), state, adopted));
		}
		return recommendations.of(cycleId, state);
	}

	private ReviewCycle drafting(long cycleId, String state) {
		ReviewAccess.requireSecretariat(CurrentUser.get());
		ReviewCycle cycle = reviewed(cycleId, state);
		if (!cycle.status().hasReached(CycleStatus.SECRETARIAT_ANALYSIS) || cycle.status().hasReached(CycleStatus.ADOPTED)) {
			throw new ReviewRuleException("The review report is drafted from the Secretariat's analysis until adoption; "
					+ "the cycle is " + cycle.status() + ".");
		}
		return cycle;
	}

	private ReviewCycle meeting(long cycleId, String state) {
		ReviewAccess.requireSecretariat(CurrentUser.get());
		ReviewCycle cycle = reviewed(cycleId, state);
		if (!cycle.status().hasReached(CycleStatus.REVIEW_MEETING) || cycle.status().hasReached(CycleStatus.PUBLISHED)) {
			throw new ReviewRuleException("The meeting and its adoption are recorded from the review meeting until "
					+ "publication; the cycle is " + cycle.status() + ".");
		}
		return cycle;
	}

	private ReviewCycle reviewed(long cycleId, String state) {
		ReviewCycle cycle = cycles.get(cycleId);
		if (!cycle.reviewedStates().contains(state)) {
			throw new NotFoundException("Review of " + state + " in cycle", cycleId);
		}
		return cycle;
	}
}
