package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * The review cycle's state machine, one nested class per status: the legal moves work, every other target is
 * refused with {@link CycleRuleException}, postponing, resuming and withdrawing only where the rules allow, and
 * nobody but the Secretariat moves a cycle. Then the calendar: both question-timing variants of practice, the order
 * of the dates, adoption and a late publication.
 */
class ReviewCycleTest {

	static final CurrentUser ANALYST = new CurrentUser("analyst", Role.SECRETARIAT_ANALYST, null, null);
	static final CurrentUser ADMIN = new CurrentUser("admin", Role.SECRETARIAT_ADMIN, null, null);
	static final CurrentUser COORDINATOR = new CurrentUser("coord", Role.NATIONAL_COORDINATOR, "KAZ", null);
	static final CurrentUser EXAMINER = new CurrentUser("examiner", Role.EXAMINER, "TUR", null);
	static final LocalDate MEETING = LocalDate.of(2026, 11, 20);
	/** After every date of the calendar up to the meeting, well before publication is due. */
	static final LocalDate DAY_AFTER_MEETING = MEETING.plusDays(1);
	static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
	static final Period SIX_MONTHS = Period.ofMonths(6);
	/** The national reports of the states these cycles review, all submitted. */
	static final Set<String> ALL_REPORTS = Set.of("KAZ", "TUR");
	/** Where a postponed cycle of these tests stopped. */
	static final CycleStatus STOPPED_AT = CycleStatus.QUESTIONS_OPEN;

	static ReviewCycle cycleIn(CycleStatus status) {
		return new ReviewCycle(1L, 2026, status, MEETING, ObserverPolicy.READ_ONLY,
				status == CycleStatus.POSTPONED ? STOPPED_AT : null, null, Set.of("KAZ", "TUR"),
				calendar(false).forMeeting(MEETING), 3);
	}

	static CycleCalendar calendar(boolean earlyQuestions) {
		return new CycleCalendar(new ReviewProperties(10, 5, earlyQuestions, 6, org.springframework.util.unit.DataSize.ofMegabytes(20), null));
	}

	/** What every status must do; each nested class names its status and adds what is particular to it. */
	abstract class EveryStatus {

		abstract CycleStatus status();

		/** The targets a cycle in this status may reach. */
		Set<CycleStatus> legalTargets() {
			Set<CycleStatus> legal = EnumSet.noneOf(CycleStatus.class);
			if (status().next() != null) {
				legal.add(status().next());
			}
			if (status() == CycleStatus.POSTPONED) {
				legal.add(STOPPED_AT);
			}
			else if (!status().isOver()) {
				legal.add(CycleStatus.POSTPONED);
			}
			if (!status().isOver()) {
				legal.add(CycleStatus.WITHDRAWN);
			}
			return legal;
		}

		@Test
		void everyLegalMoveWorksAndIsRecorded() {
			for (CycleStatus target : legalTargets()) {
				ReviewCycle cycle = cycleIn(status());
				assertThat(cycle.changeTo(target, ANALYST, "a reason", DAY_AFTER_MEETING, NOW, SIX_MONTHS, ALL_REPORTS)).isEqualTo(target);
				assertThat(cycle.status()).isEqualTo(target);
				assertThat(cycle.newTransitions()).singleElement()
					.satisfies(t -> {
						assertThat(t.from()).isEqualTo(status());
						assertThat(t.to()).isEqualTo(target);
						assertThat(t.by()).isEqualTo("analyst");
						assertThat(t.at()).isEqualTo(NOW);
					});
			}
		}

		@Test
		void everyOtherTargetIsRefused() {
			for (CycleStatus target : EnumSet.complementOf(EnumSet.copyOf(withAny(legalTargets())))) {
				ReviewCycle cycle = cycleIn(status());
				assertThatThrownBy(() -> cycle.changeTo(target, ANALYST, "a reason", DAY_AFTER_MEETING, NOW, SIX_MONTHS, ALL_REPORTS))
					.as("%s -> %s", status(), target)
					.isInstanceOf(CycleRuleException.class)
					.hasMessageContaining(status().name());
				assertThat(cycle.status()).isEqualTo(status());
				assertThat(cycle.newTransitions()).isEmpty();
			}
		}

		@Test
		void advanceGoesToTheNextStepOrIsRefused() {
			ReviewCycle cycle = cycleIn(status());
			if (status().next() == null) {
				assertThatThrownBy(() -> cycle.advance(ANALYST, DAY_AFTER_MEETING, NOW, SIX_MONTHS, ALL_REPORTS, null))
					.isInstanceOf(CycleRuleException.class);
				assertThat(cycle.status()).isEqualTo(status());
			}
			else {
				assertThat(cycle.advance(ADMIN, DAY_AFTER_MEETING, NOW, SIX_MONTHS, ALL_REPORTS, null)).isEqualTo(status().next());
			}
		}

		@Test
		void postponeWithdrawAndResumeOnlyWhereAllowed() {
			check(legalTargets().contains(CycleStatus.POSTPONED), c -> c.postpone(ANALYST, "Summit moved", NOW));
			check(legalTargets().contains(CycleStatus.WITHDRAWN), c -> c.withdraw(ANALYST, "State withdrew", NOW));
			check(status() == CycleStatus.POSTPONED, c -> c.resume(ANALYST, null, NOW));
		}

		@Test
		void nobodyButTheSecretariatMovesIt() {
			for (CurrentUser user : new CurrentUser[] { COORDINATOR, EXAMINER, CurrentUser.ANONYMOUS }) {
				for (CycleStatus target : CycleStatus.values()) {
					ReviewCycle cycle = cycleIn(status());
					assertThatThrownBy(() -> cycle.changeTo(target, user, "a reason", DAY_AFTER_MEETING, NOW, SIX_MONTHS, ALL_REPORTS))
						.isInstanceOf(AccessDeniedException.class);
					assertThat(cycle.status()).isEqualTo(status());
				}
				assertThatThrownBy(() -> cycleIn(status()).moveDeadline(user, DeadlineKind.PUBLICATION_DUE, MEETING.plusYears(1)))
					.isInstanceOf(AccessDeniedException.class);
			}
		}

		private void check(boolean allowed, java.util.function.Consumer<ReviewCycle> command) {
			ReviewCycle cycle = cycleIn(status());
			if (allowed) {
				command.accept(cycle);
				assertThat(cycle.status()).isNotEqualTo(status());
			}
			else {
				assertThatThrownBy(() -> command.accept(cycle)).isInstanceOf(CycleRuleException.class);
				assertThat(cycle.status()).isEqualTo(status());
			}
		}

		private static Set<CycleStatus> withAny(Set<CycleStatus> legal) {
			return legal.isEmpty() ? EnumSet.noneOf(CycleStatus.class) : legal;
		}
	}

	@Nested
	class Planned extends EveryStatus {

		CycleStatus status() {
			return CycleStatus.PLANNED;
		}

		@Test
		void aReasonIsNeededToPostponeOrWithdraw() {
			assertThatThrownBy(() -> cycleIn(status()).postpone(ANALYST, " ", NOW)).isInstanceOf(CycleRuleException.class)
				.hasMessageContaining("reason");
			assertThatThrownBy(() -> cycleIn(status()).withdraw(ANALYST, null, NOW)).isInstanceOf(CycleRuleException.class)
				.hasMessageContaining("reason");
		}
	}

	@Nested
	class SelfAssessment extends EveryStatus {

		CycleStatus status() {
			return CycleStatus.SELF_ASSESSMENT;
		}

		@Test
		void theReportsAreSubmittedBeforeTheCycleSaysSoAndAMissingOneIsNamed() {
			ReviewCycle cycle = cycleIn(status());

			assertThatThrownBy(() -> cycle.advance(ANALYST, DAY_AFTER_MEETING, NOW, SIX_MONTHS, Set.of("KAZ"), " "))
				.isInstanceOf(MissingReportsException.class)
				.hasMessageContaining("No national report has been submitted by TUR")
				.satisfies(e -> assertThat(((MissingReportsException) e).missing()).containsExactly("TUR"));
			assertThat(cycle.status()).isEqualTo(status());
			assertThat(cycle.newTransitions()).isEmpty();
		}

		@Test
		void withAWrittenReasonTheCycleGoesOnWithoutTheMissingReportsAndRecordsWhy() {
			ReviewCycle cycle = cycleIn(status());

			cycle.advance(ANALYST, DAY_AFTER_MEETING, NOW, SIX_MONTHS, Set.of(), "The Council agreed to go on");

			assertThat(cycle.status()).isEqualTo(CycleStatus.SUBMITTED);
			assertThat(cycle.newTransitions()).singleElement()
				.extracting(ReviewCycle.Transition::reason)
				.isEqualTo("without the national reports of KAZ, TUR: The Council agreed to go on");
		}

		@Test
		void whenEveryReportIsInNoReasonIsAskedOrRecorded() {
			ReviewCycle cycle = cycleIn(status());

			cycle.advance(ANALYST, DAY_AFTER_MEETING, NOW, SIX_MONTHS, Set.of("KAZ", "TUR", "AZE"), null);

			assertThat(cycle.newTransitions()).singleElement().extracting(ReviewCycle.Transition::reason).isNull();
		}

		@Test
		void whoAsksTheQuestionsMayStillChange() {
			ReviewCycle cycle = cycleIn(status());
			cycle.letQuestionsFrom(ANALYST, QuestionsFrom.EXAMINERS_ONLY);
			assertThat(cycle.questionsFrom()).isEqualTo(QuestionsFrom.EXAMINERS_ONLY);
			assertThatThrownBy(() -> cycle.letQuestionsFrom(COORDINATOR, QuestionsFrom.EXAMINERS_AND_MEMBERS))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> cycle.letQuestionsFrom(ANALYST, null)).isInstanceOf(CycleRuleException.class);
		}
	}

	@Nested
	class Submitted extends EveryStatus {

		CycleStatus status() {
			return CycleStatus.SUBMITTED;
		}
	}

	@Nested
	class SecretariatAnalysis extends EveryStatus {

		CycleStatus status() {
			return CycleStatus.SECRETARIAT_ANALYSIS;
		}
	}

	@Nested
	class FactualCheck extends EveryStatus {

		CycleStatus status() {
			return CycleStatus.FACTUAL_CHECK;
		}

		@Test
		void questionsOpenOnlyOnceTheReportsAreCirculated() {
			ReviewCycle cycle = cycleIn(status());
			LocalDate circulated = cycle.deadline(DeadlineKind.REPORTS_CIRCULATED);
			assertThatThrownBy(() -> cycle.advance(ANALYST, circulated.minusDays(1), NOW, SIX_MONTHS, ALL_REPORTS, null))
				.isInstanceOf(CycleRuleException.class)
				.hasMessageContaining(circulated.toString());
			assertThat(cycle.advance(ANALYST, circulated, NOW, SIX_MONTHS, ALL_REPORTS, null)).isEqualTo(CycleStatus.QUESTIONS_OPEN);
		}
	}

	@Nested
	class QuestionsOpen extends EveryStatus {

		CycleStatus status() {
			return CycleStatus.QUESTIONS_OPEN;
		}

		@Test
		void whoAsksTheQuestionsIsSettled() {
			ReviewCycle cycle = cycleIn(status());
			assertThatThrownBy(() -> cycle.letQuestionsFrom(ANALYST, QuestionsFrom.EXAMINERS_ONLY))
				.isInstanceOf(CycleRuleException.class)
				.hasMessageContaining("settled once questions open");
			// postponed while questions were open (STOPPED_AT), it stays settled
			assertThat(cycleIn(CycleStatus.POSTPONED).mayChangeQuestionsFrom()).isFalse();
		}
	}

	@Nested
	class AnswersDue extends EveryStatus {

		CycleStatus status() {
			return CycleStatus.ANSWERS_DUE;
		}

		@Test
		void theMeetingIsHeldNotBeforeItsDate() {
			ReviewCycle cycle = cycleIn(status());
			assertThatThrownBy(() -> cycle.advance(ANALYST, MEETING.minusDays(1), NOW, SIX_MONTHS, ALL_REPORTS, null))
				.isInstanceOf(CycleRuleException.class)
				.hasMessageContaining(MEETING.toString());
			assertThat(cycle.advance(ANALYST, MEETING, NOW, SIX_MONTHS, ALL_REPORTS, null)).isEqualTo(CycleStatus.REVIEW_MEETING);
		}
	}

	@Nested
	class ReviewMeeting extends EveryStatus {

		CycleStatus status() {
			return CycleStatus.REVIEW_MEETING;
		}
	}

	@Nested
	class ConclusionsDrafting extends EveryStatus {

		CycleStatus status() {
			return CycleStatus.CONCLUSIONS_DRAFTING;
		}

		@Test
		void adoptionIsDatedAndPublicationIsDueFromIt() {
			ReviewCycle cycle = cycleIn(status());
			LocalDate adoption = MEETING.plusWeeks(3);

			cycle.advance(ANALYST, adoption, NOW, Period.ofMonths(4), ALL_REPORTS, null);

			assertThat(cycle.adoptedOn()).isEqualTo(adoption);
			assertThat(cycle.deadline(DeadlineKind.PUBLICATION_DUE)).isEqualTo(adoption.plusMonths(4));
		}
	}

	@Nested
	class Adopted extends EveryStatus {

		CycleStatus status() {
			return CycleStatus.ADOPTED;
		}

		@Test
		void aPublicationInTimeIsNotFlagged() {
			ReviewCycle cycle = cycleIn(status());
			cycle.advance(ANALYST, cycle.deadline(DeadlineKind.PUBLICATION_DUE), NOW, SIX_MONTHS, ALL_REPORTS, null);
			assertThat(cycle.publishedLate()).isFalse();
		}

		@Test
		void aLatePublicationHappensButIsFlagged() {
			ReviewCycle cycle = cycleIn(status());
			LocalDate due = cycle.deadline(DeadlineKind.PUBLICATION_DUE);

			assertThat(cycle.advance(ANALYST, due.plusDays(1), NOW, SIX_MONTHS, ALL_REPORTS, null)).isEqualTo(CycleStatus.PUBLISHED);

			assertThat(cycle.publishedLate()).isTrue();
			assertThat(cycle.newTransitions().get(0).reason()).contains("late").contains(due.toString());
		}
	}

	@Nested
	class Published extends EveryStatus {

		CycleStatus status() {
			return CycleStatus.PUBLISHED;
		}
	}

	@Nested
	class FollowUp extends EveryStatus {

		CycleStatus status() {
			return CycleStatus.FOLLOW_UP;
		}
	}

	@Nested
	class Closed extends EveryStatus {

		CycleStatus status() {
			return CycleStatus.CLOSED;
		}

		@Test
		void itsCalendarCannotChange() {
			assertThatThrownBy(() -> cycleIn(status()).moveDeadline(ANALYST, DeadlineKind.PUBLICATION_DUE, MEETING.plusYears(1)))
				.isInstanceOf(CycleRuleException.class);
		}
	}

	@Nested
	class Postponed extends EveryStatus {

		CycleStatus status() {
			return CycleStatus.POSTPONED;
		}

		@Test
		void resumesWhereItStoppedAndALaterMeetingCarriesTheOpenDeadlines() {
			ReviewCycle cycle = cycleIn(status());
			Map<DeadlineKind, LocalDate> before = Map.copyOf(cycle.deadlines());
			LocalDate later = MEETING.plusWeeks(8);

			cycle.resume(ANALYST, later, NOW);

			assertThat(cycle.status()).isEqualTo(STOPPED_AT);
			assertThat(cycle.meetingDate()).isEqualTo(later);
			// Questions were open: the reports were circulated already, that date is a fact and stays.
			assertThat(cycle.deadline(DeadlineKind.REPORTS_CIRCULATED)).isEqualTo(before.get(DeadlineKind.REPORTS_CIRCULATED));
			assertThat(cycle.deadline(DeadlineKind.QUESTIONS_DUE)).isEqualTo(before.get(DeadlineKind.QUESTIONS_DUE).plusWeeks(8));
			assertThat(cycle.deadline(DeadlineKind.ANSWERS_DUE)).isEqualTo(before.get(DeadlineKind.ANSWERS_DUE).plusWeeks(8));
		}
	}

	@Nested
	class Withdrawn extends EveryStatus {

		CycleStatus status() {
			return CycleStatus.WITHDRAWN;
		}
	}

	@Nested
	class Calendar {

		@Test
		void questionsTwoWeeksBeforeAndAnswersAtTheMeetingByDefault() {
			Map<DeadlineKind, LocalDate> dates = calendar(false).forMeeting(MEETING);
			assertThat(dates.get(DeadlineKind.SELF_ASSESSMENT_DUE)).isEqualTo(MEETING.minusWeeks(10));
			assertThat(dates.get(DeadlineKind.REPORTS_CIRCULATED)).isEqualTo(MEETING.minusWeeks(5));
			assertThat(dates.get(DeadlineKind.QUESTIONS_DUE)).isEqualTo(MEETING.minusWeeks(2));
			assertThat(dates.get(DeadlineKind.ANSWERS_DUE)).isEqualTo(MEETING);
			assertThat(dates.get(DeadlineKind.PUBLICATION_DUE)).isEqualTo(MEETING.plusMonths(6));
		}

		@Test
		void earlyQuestionsFiveWeeksBeforeWithAnswersOneWeekBefore() {
			Map<DeadlineKind, LocalDate> dates = calendar(true).forMeeting(MEETING);
			assertThat(dates.get(DeadlineKind.QUESTIONS_DUE)).isEqualTo(MEETING.minusWeeks(5));
			assertThat(dates.get(DeadlineKind.ANSWERS_DUE)).isEqualTo(MEETING.minusWeeks(1));
		}

		@Test
		void bothVariantsKeepTheOrderOfTheReview() {
			for (boolean early : new boolean[] { false, true }) {
				ReviewCycle cycle = new ReviewCycle(1L, 2026, CycleStatus.PLANNED, MEETING, ObserverPolicy.READ_ONLY, null,
						null, Set.of("KAZ"), calendar(early).forMeeting(MEETING), 0);
				// Re-setting each date to itself passes every order check of the calendar.
				for (DeadlineKind kind : DeadlineKind.values()) {
					cycle.moveDeadline(ANALYST, kind, cycle.deadline(kind));
				}
			}
		}

		@Test
		void questionsDueAfterAnswersAreRefusedAndNothingChanges() {
			ReviewCycle cycle = cycleIn(CycleStatus.PLANNED);
			LocalDate questions = cycle.deadline(DeadlineKind.QUESTIONS_DUE);

			assertThatThrownBy(() -> cycle.moveDeadline(ANALYST, DeadlineKind.QUESTIONS_DUE, MEETING.plusDays(1)))
				.isInstanceOf(CycleRuleException.class)
				.hasMessageContaining("Answers must be due after the questions");
			assertThat(cycle.deadline(DeadlineKind.QUESTIONS_DUE)).isEqualTo(questions);
		}

		@Test
		void answersAfterTheMeetingOrPublicationBeforeItAreRefused() {
			assertThatThrownBy(() -> cycleIn(CycleStatus.PLANNED).moveDeadline(ANALYST, DeadlineKind.ANSWERS_DUE, MEETING.plusDays(1)))
				.isInstanceOf(CycleRuleException.class)
				.hasMessageContaining("by the review meeting");
			assertThatThrownBy(() -> cycleIn(CycleStatus.PLANNED).moveDeadline(ANALYST, DeadlineKind.PUBLICATION_DUE, MEETING))
				.isInstanceOf(CycleRuleException.class)
				.hasMessageContaining("Publication");
			assertThatThrownBy(() -> cycleIn(CycleStatus.PLANNED).moveDeadline(ANALYST, DeadlineKind.REPORTS_CIRCULATED,
					MEETING.minusWeeks(11)))
				.isInstanceOf(CycleRuleException.class)
				.hasMessageContaining("circulated");
		}

		@Test
		void aDateInOrderMoves() {
			ReviewCycle cycle = cycleIn(CycleStatus.PLANNED);
			cycle.moveDeadline(ANALYST, DeadlineKind.QUESTIONS_DUE, MEETING.minusWeeks(3));
			assertThat(cycle.deadline(DeadlineKind.QUESTIONS_DUE)).isEqualTo(MEETING.minusWeeks(3));
		}

		@Test
		void aDateWhoseStepHasPassedStaysAsItWas() {
			ReviewCycle cycle = cycleIn(CycleStatus.REVIEW_MEETING);
			assertThatThrownBy(() -> cycle.moveDeadline(ANALYST, DeadlineKind.QUESTIONS_DUE, MEETING.minusWeeks(3)))
				.isInstanceOf(CycleRuleException.class)
				.hasMessageContaining("passed");
			ReviewCycle postponed = cycleIn(CycleStatus.POSTPONED);
			assertThatThrownBy(() -> postponed.moveDeadline(ANALYST, DeadlineKind.REPORTS_CIRCULATED, MEETING.minusWeeks(6)))
				.isInstanceOf(CycleRuleException.class);
			postponed.moveDeadline(ANALYST, DeadlineKind.QUESTIONS_DUE, MEETING.minusWeeks(3));
		}
	}
}
