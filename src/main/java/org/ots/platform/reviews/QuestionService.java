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
 * Written questions and answers of a reviewed state (WTO practice): asked while the question window is open,
 * answered by the state before the answer deadline; late ones are flagged, and the Secretariat may accept them.
 */
@Service
public class QuestionService {

	private final WrittenQuestions questions;
	private final ReviewCycleService cycles;
	private final ReviewAccess access;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	QuestionService(WrittenQuestions questions, ReviewCycleService cycles, ReviewAccess access, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.questions = questions;
		this.cycles = cycles;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The thread of a reviewed state, for those who may see it. */
	public List<WrittenQuestion> thread(long cycleId, String state) {
		ReviewCycle cycle = reviewed(cycleId, state);
		access.requireThread(CurrentUser.get(), cycle, state);
		return questions.thread(cycleId, state);
	}

	@Transactional
	public WrittenQuestion ask(long cycleId, String state, String area, String question) {
		ReviewCycle cycle = reviewed(cycleId, state);
		CurrentUser user = CurrentUser.get();
		if (access.keptOutByExaminersOnly(user, cycle, state)) {
			throw new ExaminersOnlyAskException("In the " + cycle.year() + " cycle only the examiners assigned to " + state
					+ " ask it written questions: the Secretariat keeps the questions to the examiners.");
		}
		if (!access.mayAsk(user, cycle, state)) {
			throw new AccessDeniedException("You may not ask " + state + " questions in this cycle.");
		}
		if (cycle.status() != CycleStatus.QUESTIONS_OPEN) {
			throw new ReviewRuleException("Questions are asked while the cycle is QUESTIONS_OPEN; it is " + cycle.status() + ".");
		}
		if (area == null || area.isBlank() || question == null || question.isBlank()) {
			throw new ReviewRuleException("Name the section (area) of the report and write the question.");
		}
		String section = access.area(area);
		boolean late = isPast(cycle.deadline(DeadlineKind.QUESTIONS_DUE));
		long id = questions.ask(cycleId, state, section, user.username(), user.stateCode(), question.trim(),
				Instant.now(clock), late);
		audit.record("ASK", "WrittenQuestion", id, state, null, Map.of("area", section, "question", question, "late", late));
		events.publishEvent(new ReviewEvents.QuestionAsked(cycleId, cycle.year(), id, state, user.stateCode()));
		return get(id);
	}

	@Transactional
	public WrittenQuestion answer(long questionId, String answer, Integer version) {
		WrittenQuestion q = get(questionId);
		ReviewCycle cycle = cycles.get(q.cycleId());
		CurrentUser user = CurrentUser.get();
		if (!ReviewAccess.isCoordinatorOf(user, q.reviewedState())) {
			throw new AccessDeniedException("Only the coordinators of " + q.reviewedState() + " answer its questions.");
		}
		if (cycle.status() != CycleStatus.QUESTIONS_OPEN && cycle.status() != CycleStatus.ANSWERS_DUE) {
			throw new ReviewRuleException("Answers are written while questions are open or answers due; the cycle is "
					+ cycle.status() + ".");
		}
		if (answer == null || answer.isBlank()) {
			throw new ReviewRuleException("Write the answer.");
		}
		if (q.isAnswered()) {
			throw new ReviewRuleException("This question is answered already.");
		}
		WrittenQuestion current = version == null ? q : withVersion(q, version);
		boolean late = isPast(cycle.deadline(DeadlineKind.ANSWERS_DUE));
		questions.answer(current, answer.trim(), user.username(), Instant.now(clock), late);
		audit.record("ANSWER", "WrittenQuestion", questionId, q.reviewedState(), null,
				Map.of("answer", answer, "late", late));
		events.publishEvent(new ReviewEvents.AnswerPosted(q.cycleId(), cycle.year(), questionId, q.reviewedState(),
				q.askerState() == null ? "" : q.askerState()));
		return get(questionId);
	}

	/** The Secretariat admits a late question or answer into the record. */
	@Transactional
	public WrittenQuestion acceptLate(long questionId) {
		ReviewAccess.requireSecretariat(CurrentUser.get());
		WrittenQuestion q = get(questionId);
		if (!q.askedLate() && !q.answeredLate()) {
			throw new ReviewRuleException("This question and its answer are on time: there is nothing to accept.");
		}
		questions.acceptLate(q);
		audit.record("ACCEPT_LATE", "WrittenQuestion", questionId, q.reviewedState(), Map.of("lateAccepted", false),
				Map.of("lateAccepted", true));
		return get(questionId);
	}

	WrittenQuestion get(long id) {
		return questions.find(id).orElseThrow(() -> new NotFoundException("Question", id));
	}

	/** The question, for those who see its thread. */
	public WrittenQuestion visible(long id) {
		WrittenQuestion q = get(id);
		access.requireThread(CurrentUser.get(), cycles.get(q.cycleId()), q.reviewedState());
		return q;
	}

	private ReviewCycle reviewed(long cycleId, String state) {
		ReviewCycle cycle = cycles.get(cycleId);
		if (!cycle.reviewedStates().contains(state)) {
			throw new NotFoundException("Review of " + state + " in cycle", cycleId);
		}
		return cycle;
	}

	private boolean isPast(LocalDate deadline) {
		return deadline != null && LocalDate.now(clock).isAfter(deadline);
	}

	private static WrittenQuestion withVersion(WrittenQuestion q, int version) {
		return new WrittenQuestion(q.id(), q.cycleId(), q.reviewedState(), q.area(), q.askedBy(), q.askerState(),
				q.question(), q.askedAt(), q.askedLate(), q.answer(), q.answeredBy(), q.answeredAt(), q.answeredLate(),
				q.lateAccepted(), version);
	}
}
