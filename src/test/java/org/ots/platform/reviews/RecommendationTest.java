package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class RecommendationTest {

	private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	static Recommendation in(RecommendationStatus status) {
		return new Recommendation(1L, "KAZ-2026-TR-01", 1, 2026, "KAZ", "TRN", Priority.HIGH, List.of("TRN.X"),
				LocalDate.of(2027, 12, 31), "Open the corridor.", status, 0);
	}

	/** Every status a recommendation in the status may not move to is refused, whoever asks, and nothing changes. */
	static void refusesAllBut(RecommendationStatus from, Set<RecommendationStatus> allowed) {
		for (RecommendationStatus target : RecommendationStatus.values()) {
			if (allowed.contains(target)) {
				continue;
			}
			Recommendation r = in(from);
			assertThatThrownBy(() -> r.moveTo(target, Asserter.SECRETARIAT, "analyst", "evidence", "2026", NOW))
				.as(from + " -> " + target)
				.isInstanceOf(ReviewRuleException.class);
			assertThat(r.status()).isEqualTo(from);
			assertThat(r.newEvents()).isEmpty();
		}
		for (RecommendationStatus target : allowed) {
			Recommendation r = in(from);
			r.moveTo(target, Asserter.SECRETARIAT, "analyst", "evidence", "2026", NOW);
			assertThat(r.status()).isEqualTo(target);
		}
	}

	@Test
	void idsNameTheStateYearAreaAndATwoDigitSequence() {
		assertThat(Recommendation.code("KAZ", 2026, "TRN", 3)).isEqualTo("KAZ-2026-TR-03");
		assertThat(Recommendation.code("AZE", 2027, "TRD", 12)).isEqualTo("AZE-2027-TD-12");
		assertThat(Recommendation.code("UZB", 2026, "CLI", 1)).isEqualTo("UZB-2026-CL-01");
		assertThat(Recommendation.code("TUR", 2026, "DIG", 1)).isEqualTo("TUR-2026-DG-01");
		assertThat(Recommendation.code("KGZ", 2026, "FOOD", 2)).isEqualTo("KGZ-2026-FS-02");
	}

	@Test
	void aDraftNeedsItsText() {
		assertThatThrownBy(() -> Recommendation.draft(1, 2026, "KAZ", "TRN", 1, Priority.LOW, List.of(), null, " ",
				"analyst", NOW))
			.isInstanceOf(ReviewRuleException.class);
	}

	@Test
	void everyChangeIsKeptWithEvidencePeriodAndWhoAssertedIt() {
		Recommendation r = in(RecommendationStatus.AGREED);
		r.planAction(Asserter.STATE, "t-coord-kaz", "Action plan adopted by decree 12", "2026", NOW);
		r.start(Asserter.STATE, "t-coord-kaz", null, "2026", NOW);
		r.markImplemented(Asserter.STATE, "t-coord-kaz", "Corridor opened", "2027", NOW);

		assertThat(r.newEvents()).extracting(Recommendation.Event::to)
			.containsExactly(RecommendationStatus.ACTION_PLANNED, RecommendationStatus.IN_PROGRESS,
					RecommendationStatus.IMPLEMENTED);
		assertThat(r.newEvents().get(2)).extracting(Recommendation.Event::assertedAs, Recommendation.Event::evidence,
				Recommendation.Event::period)
			.containsExactly(Asserter.STATE, "Corridor opened", "2027");
	}

	@Test
	void anOutcomeNeedsEvidence() {
		assertThatThrownBy(() -> in(RecommendationStatus.IN_PROGRESS).markImplemented(Asserter.STATE, "c", " ", "2026", NOW))
			.isInstanceOf(ReviewRuleException.class)
			.hasMessageContaining("evidence");
	}

	@Test
	void overdueMeansDueDatePassedAndNotDone() {
		LocalDate after = LocalDate.of(2028, 1, 1);
		assertThat(in(RecommendationStatus.IN_PROGRESS).isOverdue(after)).isTrue();
		assertThat(in(RecommendationStatus.IN_PROGRESS).isOverdue(LocalDate.of(2027, 6, 1))).isFalse();
		assertThat(in(RecommendationStatus.IMPLEMENTED).isOverdue(after)).isFalse();
		assertThat(in(RecommendationStatus.DRAFT).isOverdue(after)).isFalse();
	}

	@Nested
	class Draft {

		@Test
		void isAdoptedAsAgreedOrNotedOnly() {
			refusesAllBut(RecommendationStatus.DRAFT, EnumSet.of(RecommendationStatus.AGREED, RecommendationStatus.NOTED));
		}

		@Test
		void isAdoptedOnlyOnTheSecretariatsRecord() {
			assertThatThrownBy(() -> in(RecommendationStatus.DRAFT).agree(Asserter.STATE, "t-coord-kaz", NOW))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> in(RecommendationStatus.DRAFT).note(Asserter.EXAMINERS, "t-examiner-tur", NOW))
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	@Nested
	class Agreed {

		@Test
		void movesOnToActionProgressOutcomeOrSupersession() {
			refusesAllBut(RecommendationStatus.AGREED, EnumSet.of(RecommendationStatus.ACTION_PLANNED,
					RecommendationStatus.IN_PROGRESS, RecommendationStatus.IMPLEMENTED,
					RecommendationStatus.PARTIALLY_IMPLEMENTED, RecommendationStatus.NOT_IMPLEMENTED,
					RecommendationStatus.SUPERSEDED));
		}

		@Test
		void theStatePlansActionButOnlyTheSecretariatSupersedes() {
			Recommendation r = in(RecommendationStatus.AGREED);
			assertThatThrownBy(() -> r.supersede(Asserter.STATE, "t-coord-kaz", "newer one", NOW))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> r.planAction(Asserter.EXAMINERS, "t-examiner-tur", "plan", "2026", NOW))
				.isInstanceOf(AccessDeniedException.class);
			r.planAction(Asserter.STATE, "t-coord-kaz", "plan", "2026", NOW);
			assertThat(r.status()).isEqualTo(RecommendationStatus.ACTION_PLANNED);
		}
	}

	@Nested
	class Noted {

		@Test
		void isFollowedUpLikeAnAgreedOne() {
			refusesAllBut(RecommendationStatus.NOTED, EnumSet.of(RecommendationStatus.ACTION_PLANNED,
					RecommendationStatus.IN_PROGRESS, RecommendationStatus.IMPLEMENTED,
					RecommendationStatus.PARTIALLY_IMPLEMENTED, RecommendationStatus.NOT_IMPLEMENTED,
					RecommendationStatus.SUPERSEDED));
		}
	}

	@Nested
	class ActionPlanned {

		@Test
		void movesOnToProgressOutcomeOrSupersession() {
			refusesAllBut(RecommendationStatus.ACTION_PLANNED, EnumSet.of(RecommendationStatus.IN_PROGRESS,
					RecommendationStatus.IMPLEMENTED, RecommendationStatus.PARTIALLY_IMPLEMENTED,
					RecommendationStatus.NOT_IMPLEMENTED, RecommendationStatus.SUPERSEDED));
		}
	}

	@Nested
	class InProgress {

		@Test
		void endsInAnOutcomeOrSupersession() {
			refusesAllBut(RecommendationStatus.IN_PROGRESS, EnumSet.of(RecommendationStatus.IMPLEMENTED,
					RecommendationStatus.PARTIALLY_IMPLEMENTED, RecommendationStatus.NOT_IMPLEMENTED,
					RecommendationStatus.SUPERSEDED));
		}

		@Test
		void anOutcomeMayBeAssertedByTheStateTheSecretariatOrTheExaminers() {
			for (Asserter as : Asserter.values()) {
				Recommendation r = in(RecommendationStatus.IN_PROGRESS);
				r.markPartlyImplemented(as, "someone", "half the corridor", "2027", NOW);
				assertThat(r.status()).isEqualTo(RecommendationStatus.PARTIALLY_IMPLEMENTED);
			}
		}
	}

	@Nested
	class Implemented {

		@Test
		void isOnlyVerified() {
			refusesAllBut(RecommendationStatus.IMPLEMENTED, EnumSet.of(RecommendationStatus.VERIFIED));
		}

		@Test
		void isVerifiedByTheExaminersNotByTheStateItself() {
			assertThatThrownBy(() -> in(RecommendationStatus.IMPLEMENTED).verify(Asserter.STATE, "t-coord-kaz", "seen",
					"2028", NOW))
				.isInstanceOf(AccessDeniedException.class);
			Recommendation r = in(RecommendationStatus.IMPLEMENTED);
			r.verify(Asserter.EXAMINERS, "t-examiner-tur", "Visited the border post", "2028", NOW);
			assertThat(r.status()).isEqualTo(RecommendationStatus.VERIFIED);
		}
	}

	@Nested
	class PartiallyImplemented {

		@Test
		void mayResumeCompleteBeVerifiedOrSuperseded() {
			refusesAllBut(RecommendationStatus.PARTIALLY_IMPLEMENTED, EnumSet.of(RecommendationStatus.IN_PROGRESS,
					RecommendationStatus.IMPLEMENTED, RecommendationStatus.VERIFIED, RecommendationStatus.SUPERSEDED));
		}
	}

	@Nested
	class NotImplemented {

		@Test
		void mayResumeBeVerifiedOrSuperseded() {
			refusesAllBut(RecommendationStatus.NOT_IMPLEMENTED, EnumSet.of(RecommendationStatus.IN_PROGRESS,
					RecommendationStatus.VERIFIED, RecommendationStatus.SUPERSEDED));
		}
	}

	@Nested
	class Superseded {

		@Test
		void isFinal() {
			refusesAllBut(RecommendationStatus.SUPERSEDED, EnumSet.noneOf(RecommendationStatus.class));
		}
	}

	@Nested
	class Verified {

		@Test
		void isFinal() {
			refusesAllBut(RecommendationStatus.VERIFIED, EnumSet.noneOf(RecommendationStatus.class));
		}
	}
}
