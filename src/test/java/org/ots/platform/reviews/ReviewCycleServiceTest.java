package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ReviewCycleServiceTest {

	/** Each test plans a cycle of its own year, far from any other test's. */
	private static final AtomicInteger YEARS = new AtomicInteger(2300);

	@Autowired
	ReviewCycleService service;

	@Autowired
	ReviewCycles cycles;

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	void signInAsSecretariat() {
		accounts.actAs(TestAccounts.ANALYST);
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	@Test
	void aNewCycleReviewsAllMembersWithTheCalendarOfPractice() {
		LocalDate meeting = LocalDate.of(2026, 11, 20);
		ReviewCycle cycle = service.open(YEARS.incrementAndGet(), meeting, null, null);

		assertThat(cycle.status()).isEqualTo(CycleStatus.PLANNED);
		assertThat(cycle.reviewedStates()).containsExactlyInAnyOrder("AZE", "KAZ", "KGZ", "TUR", "UZB");
		assertThat(cycle.deadline(DeadlineKind.REPORTS_CIRCULATED)).isEqualTo(meeting.minusWeeks(5));
		assertThat(cycle.deadline(DeadlineKind.QUESTIONS_DUE)).isEqualTo(meeting.minusWeeks(2));
		assertThat(cycle.deadline(DeadlineKind.PUBLICATION_DUE)).isEqualTo(meeting.plusMonths(6));
	}

	@Test
	void observersAreReviewedOnlyWhenThePolicySaysSo() {
		assertThat(service.open(YEARS.incrementAndGet(), LocalDate.of(2026, 11, 20), null, ObserverPolicy.REVIEWED)
			.reviewedStates()).contains("HUN", "TKM", "XNC");
		assertThatThrownBy(() -> service.open(YEARS.incrementAndGet(), LocalDate.of(2026, 11, 20), Set.of("HUN"),
				ObserverPolicy.READ_ONLY))
			.isInstanceOf(CycleRuleException.class)
			.hasMessageContaining("observer");
	}

	@Test
	void movesAreRecordedAndAPostponedCycleResumesWhereItStopped() {
		ReviewCycle cycle = service.open(YEARS.incrementAndGet(), LocalDate.of(2026, 11, 20), Set.of("KAZ"), null);
		service.advance(cycle.id());
		service.postpone(cycle.id(), "Summit moved");

		ReviewCycle resumed = service.resume(cycle.id(), LocalDate.of(2027, 2, 1));

		assertThat(resumed.status()).isEqualTo(CycleStatus.SELF_ASSESSMENT);
		assertThat(resumed.meetingDate()).isEqualTo(LocalDate.of(2027, 2, 1));
		assertThat(cycles.transitions(cycle.id())).extracting(ReviewCycle.Transition::to)
			.containsExactly(CycleStatus.PLANNED, CycleStatus.SELF_ASSESSMENT, CycleStatus.POSTPONED,
					CycleStatus.SELF_ASSESSMENT);
	}

	@Test
	void onlyTheSecretariatRunsACycle() {
		ReviewCycle cycle = service.open(YEARS.incrementAndGet(), LocalDate.of(2026, 11, 20), Set.of("KAZ"), null);
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);

		assertThatThrownBy(() -> service.advance(cycle.id())).isInstanceOf(AccessDeniedException.class);
		accounts.actAs(TestAccounts.ANALYST);
		assertThat(service.get(cycle.id()).status()).isEqualTo(CycleStatus.PLANNED);
	}

	@OnPostgres
	static class OnPostgresTest extends ReviewCycleServiceTest {
	}
}
