package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class ExaminerAssignmentsTest {

	/** Each test plans cycles of its own years (2500-2519 belong to this test). */
	private static final AtomicInteger YEARS = new AtomicInteger(2500);

	@Autowired
	ExaminerAssignments assignments;

	@Autowired
	ReviewCycleService cycles;

	@Autowired
	AssignmentStore store;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void signInAsSecretariat() {
		accounts.actAs(TestAccounts.ANALYST);
		institutes(jdbc);
	}

	/** One expert institution of each member, so that every state can get one that is not its own. */
	static void institutes(JdbcClient jdbc) {
		for (String state : List.of("AZE", "KAZ", "KGZ", "TUR", "UZB")) {
			String name = "Assignment test institute of " + state;
			if (jdbc.sql("SELECT COUNT(*) FROM institution WHERE name = ?").param(name).query(Long.class).single() == 0) {
				jdbc.sql("INSERT INTO institution (name, state_code) VALUES (?, ?)").params(name, state).update();
			}
		}
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	@Test
	void anAcceptedProposalKeepsTheRulesAndIsAudited() {
		long cycle = open(null, ObserverPolicy.READ_ONLY);

		assignments.accept(cycle);

		AssignmentView view = assignments.view(cycle);
		Map<Long, String> institutionStates = institutionStates();
		assertThat(view.rows()).hasSize(5);
		view.rows().forEach(row -> {
			assertThat(row.examinerStates()).hasSize(2).doesNotContain(row.reviewedState());
			assertThat(row.institutions()).isNotEmpty()
				.allSatisfy(i -> assertThat(institutionStates.get(i)).isNotEqualTo(row.reviewedState()));
			assertThat(row.overrideReason()).isNull();
		});
		assertThat(audited("ACCEPT_ASSIGNMENT", view.cycle().year())).isEqualTo(1);
		assertThat(events.stream(ReviewEvents.ExaminersAssigned.class))
			.containsExactly(new ReviewEvents.ExaminersAssigned(cycle, view.cycle().year(), view.rows().stream()
				.map(r -> new ReviewEvents.Examination(r.reviewedState(), r.examinerStates(), r.institutions()))
				.toList()));
	}

	@Test
	void theSameHistoryGivesTheSameProposal() {
		long cycle = open(null, ObserverPolicy.REVIEWED);

		assertThat(assignments.propose(cycle).picks()).isEqualTo(assignments.propose(cycle).picks());
	}

	@Test
	void aDeclaredConflictIsNeverProposed() {
		long cycle = open(null, ObserverPolicy.REVIEWED);
		assignments.declareConflict("XNC", "HUN", null, "Observer delegations share a secretariat");

		assertThat(assignments.propose(cycle).picks()).filteredOn(p -> p.reviewedState().equals("XNC"))
			.singleElement()
			.satisfies(p -> assertThat(p.examinerStates()).doesNotContain("HUN"));
	}

	@Test
	void aChangeThatBreaksARuleNeedsAReasonWhichIsStoredAndAudited() {
		long cycle = open(Set.of("KAZ", "UZB"), ObserverPolicy.READ_ONLY);
		assignments.accept(cycle);
		int version = assignments.view(cycle).version();
		Long institution = foreignInstitution("KAZ");

		assertThatThrownBy(() -> assignments.change(cycle, "KAZ", List.of("AZE"), List.of(institution), " ", version))
			.isInstanceOf(AssignmentRuleException.class)
			.hasMessageContaining("assignments.breach.count")
			.satisfies(e -> assertThat(((AssignmentRuleException) e).needsReason()).isTrue());

		assignments.change(cycle, "KAZ", List.of("AZE"), List.of(institution), "TUR withdrew its examiner", version);

		AssignmentStore.Stored kaz = store.assignment(cycle).get("KAZ");
		assertThat(kaz.examinerStates()).containsExactly("AZE");
		assertThat(kaz.overrideReason()).isEqualTo("TUR withdrew its examiner");
		// only the changed state's examiners are told again
		assertThat(events.stream(ReviewEvents.ExaminersAssigned.class)).last()
			.extracting(ReviewEvents.ExaminersAssigned::examinations)
			.isEqualTo(List.of(new ReviewEvents.Examination("KAZ", List.of("AZE"), List.of(institution))));
		assertThat(jdbc.sql("SELECT after_value FROM audit_entry WHERE action = 'CHANGE_ASSIGNMENT' AND entity_id = ?")
			.param(String.valueOf(assignments.view(cycle).cycle().year()))
			.query(String.class)
			.single()).contains("TUR withdrew its examiner");
	}

	@Test
	void aChangeThatBreaksNoRuleNeedsNoReason() {
		long cycle = open(Set.of("KAZ", "UZB"), ObserverPolicy.READ_ONLY);
		assignments.accept(cycle);
		AssignmentStore.Stored kaz = store.assignment(cycle).get("KAZ");

		assignments.change(cycle, "KAZ", kaz.examinerStates(), kaz.institutions(), null, assignments.view(cycle).version());

		assertThat(store.assignment(cycle).get("KAZ").overrideReason()).isNull();
	}

	@Test
	void noReasonLetsAStateExamineItselfOrItsOwnInstitution() {
		long cycle = open(Set.of("UZB"), ObserverPolicy.READ_ONLY);
		assignments.accept(cycle);
		int version = assignments.view(cycle).version();
		long uzbekInstitute = jdbc.sql("SELECT id FROM institution WHERE name = 'Test Institute'").query(Long.class).single();

		assertThatThrownBy(() -> assignments.change(cycle, "UZB", List.of("UZB", "KAZ"), List.of(), "why not", version))
			.isInstanceOf(AssignmentRuleException.class)
			.hasMessageContaining("cannot examine itself");
		assertThatThrownBy(() -> assignments.change(cycle, "UZB", List.of("AZE", "KAZ"), List.of(uzbekInstitute),
				"why not", version))
			.isInstanceOf(AssignmentRuleException.class)
			.hasMessageContaining("its own state");
	}

	@Test
	void aChangeAgainstAnOutdatedVersionIsRefused() {
		long cycle = open(Set.of("KAZ"), ObserverPolicy.READ_ONLY);
		assignments.accept(cycle);
		int version = assignments.view(cycle).version();
		AssignmentStore.Stored kaz = store.assignment(cycle).get("KAZ");
		assignments.change(cycle, "KAZ", kaz.examinerStates(), kaz.institutions(), null, version);

		assertThatThrownBy(() -> assignments.change(cycle, "KAZ", kaz.examinerStates(), kaz.institutions(), null, version))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void onlyTheSecretariatAssignsAndOnlyThePartiesRead() {
		long cycle = open(Set.of("KAZ"), ObserverPolicy.READ_ONLY);
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		assertThatThrownBy(() -> assignments.accept(cycle)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> assignments.view(cycle)).isInstanceOf(AccessDeniedException.class);

		accounts.actAs(TestAccounts.ANALYST);
		assignments.accept(cycle);
		AssignmentStore.Stored kaz = store.assignment(cycle).get("KAZ");
		assignments.change(cycle, "KAZ", List.of("KGZ", "UZB"), kaz.institutions(), "Chosen by the Council",
				assignments.view(cycle).version());

		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		assertThat(assignments.view(cycle).rows()).hasSize(1);
		accounts.actAs(TestAccounts.COORDINATOR_AZE);
		assertThatThrownBy(() -> assignments.view(cycle)).isInstanceOf(AccessDeniedException.class);
		accounts.actAs(TestAccounts.EXAMINER);
		assertThatThrownBy(() -> assignments.view(cycle)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> assignments.change(cycle, "KAZ", List.of("TUR", "UZB"), List.of(), "mine", 0))
			.isInstanceOf(AccessDeniedException.class);
	}

	private long open(Set<String> states, ObserverPolicy policy) {
		return cycles.open(YEARS.incrementAndGet(), LocalDate.of(2026, 11, 20), states, policy).id();
	}

	private Map<Long, String> institutionStates() {
		Map<Long, String> map = new java.util.HashMap<>();
		jdbc.sql("SELECT id, state_code FROM institution").query((rs, n) -> map.put(rs.getLong(1), rs.getString(2))).list();
		return map;
	}

	private Long foreignInstitution(String state) {
		return jdbc.sql("SELECT MIN(id) FROM institution WHERE state_code <> ?").param(state).query(Long.class).single();
	}

	private long audited(String action, int year) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND entity_id = ?")
			.params(action, String.valueOf(year))
			.query(Long.class)
			.single();
	}

	@OnPostgres
	static class OnPostgresTest extends ExaminerAssignmentsTest {
	}
}
