package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ots.platform.shared.DocumentKindTest;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class NationalReportServiceTest {

	@Autowired
	NationalReportService reports;

	@Autowired
	ReportFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportEventsRecorder events;

	@BeforeEach
	void accounts() {
		accounts.ensure();
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	private String firstArea(long cycleId) {
		return reports.view(cycleId, "KAZ").sections().get(0).area().code();
	}

	@Test
	void aStaleSaveIsRefusedWithBothTextsAndNothingIsOverwritten() {
		long cycle = fixtures.cycleIn(CycleStatus.SELF_ASSESSMENT);
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		String area = firstArea(cycle);
		reports.saveSection(cycle, "KAZ", area, new SectionEdit("<p>First draft</p>", false, null, 0));

		// Two coordinators opened version 1; the first saves, the second's save is stale.
		reports.saveSection(cycle, "KAZ", area, new SectionEdit("<p>Text of Aigerim</p>", false, null, 1));

		assertThatThrownBy(() -> reports.saveSection(cycle, "KAZ", area, new SectionEdit("<p>Text of Nurlan</p>", false, null, 1)))
			.isInstanceOfSatisfying(SectionConflictException.class, e -> {
				assertThat(e.theirs()).isEqualTo("<p>Text of Aigerim</p>");
				assertThat(e.yours()).isEqualTo("<p>Text of Nurlan</p>");
				assertThat(e.currentVersion()).isEqualTo(2);
			});
		assertThat(reports.view(cycle, "KAZ").sections().get(0).section().narrative()).isEqualTo("<p>Text of Aigerim</p>");
		assertThat(reports.history(cycle, "KAZ", area)).extracting(NationalReports.SectionVersion::narrative)
			.containsExactly("<p>Text of Aigerim</p>", "<p>First draft</p>");
	}

	@Test
	void twoFirstSavesOfTheSameSectionDoNotBothWin() {
		long cycle = fixtures.cycleIn(CycleStatus.SELF_ASSESSMENT);
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		String area = firstArea(cycle);
		reports.saveSection(cycle, "KAZ", area, new SectionEdit("<p>One</p>", false, null, 0));

		assertThatThrownBy(() -> reports.saveSection(cycle, "KAZ", area, new SectionEdit("<p>Two</p>", false, null, 0)))
			.isInstanceOf(SectionConflictException.class);
	}

	@Test
	void narrativesAreStoredSanitised() {
		long cycle = fixtures.cycleIn(CycleStatus.SELF_ASSESSMENT);
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		String area = firstArea(cycle);

		ReportSection saved = reports.saveSection(cycle, "KAZ", area,
				new SectionEdit("<p onmouseover=\"steal()\">Rail <script>steal()</script>grew</p>", false, null, 0));

		assertThat(saved.narrative()).isEqualTo("<p>Rail grew</p>");
	}

	@Test
	void submitListsWhatIsMissingThenLocksTheReportUntilReturned() {
		long cycle = fixtures.cycleIn(CycleStatus.SELF_ASSESSMENT);
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		assertThatThrownBy(() -> reports.submit(cycle, "KAZ"))
			.isInstanceOfSatisfying(ReportRuleException.class, e -> assertThat(e.missing()).isNotEmpty());

		fixtures.completeKazakhReport(cycle);
		assertThat(reports.submit(cycle, "KAZ").status()).isEqualTo(ReportStatus.SUBMITTED);
		String area = firstArea(cycle);
		assertThatThrownBy(() -> reports.saveSection(cycle, "KAZ", area, new SectionEdit("<p>Late</p>", false, null, 1)))
			.isInstanceOf(ReportRuleException.class)
			.hasMessageContaining("read-only");
		assertThatThrownBy(() -> reports.returnToState(cycle, "KAZ", "Add sources"))
			.isInstanceOf(AccessDeniedException.class);

		accounts.actAs(TestAccounts.ANALYST);
		reports.returnToState(cycle, "KAZ", "Add the sources of the trade figures");
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		ReportView returned = reports.view(cycle, "KAZ");
		assertThat(returned.report().status()).isEqualTo(ReportStatus.RETURNED);
		assertThat(returned.report().returnComment()).isEqualTo("Add the sources of the trade figures");
		assertThat(returned.editable()).isTrue();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'NationalReport' AND action IN ('SUBMIT', 'RETURN')"
				+ " AND entity_id = ?").param(reports.view(cycle, "KAZ").cycle().year() + "/KAZ")
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aCoordinatorWritesOnlyItsOwnStatesReport() {
		long cycle = fixtures.cycleIn(CycleStatus.SELF_ASSESSMENT);
		accounts.actAs(TestAccounts.COORDINATOR_AZE);
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		String area = firstArea(cycle);
		accounts.actAs(TestAccounts.COORDINATOR_AZE);

		assertThatThrownBy(() -> reports.saveSection(cycle, "KAZ", area, new SectionEdit("<p>x</p>", false, null, 0)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> reports.submit(cycle, "KAZ")).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aPdfThatIsReallyTextIsRefusedAndARealOneIsKept() {
		long cycle = fixtures.cycleIn(CycleStatus.SELF_ASSESSMENT);
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);

		assertThatThrownBy(() -> reports.addAttachment(cycle, "KAZ", "statistics.pdf", "just text".getBytes()))
			.isInstanceOf(ReportRuleException.class)
			.hasMessageContaining("PDF");
		long id = reports.addAttachment(cycle, "KAZ", "statistics.pdf", DocumentKindTest.pdf());

		assertThat(reports.attachment(cycle, "KAZ", id).content()).isEqualTo(DocumentKindTest.pdf());
		assertThat(reports.view(cycle, "KAZ").attachments()).extracting(NationalReports.AttachmentInfo::fileName)
			.containsExactly("statistics.pdf");
	}

	@Test
	void submittingAndReturningTellTheOtherModules() {
		long cycle = fixtures.submittedKazakhReport(CycleStatus.SELF_ASSESSMENT);
		accounts.actAs(TestAccounts.ANALYST);
		reports.returnToState(cycle, "KAZ", "Complete the trade section");
		int year = reports.view(cycle, "KAZ").cycle().year();

		assertThat(events.of(cycle)).containsExactly(new ReviewEvents.ReportSubmitted(cycle, year, "KAZ"),
				new ReviewEvents.ReportReturned(cycle, year, "KAZ", "Complete the trade section"));
	}

	@Test
	void attachmentsUpToTheLimitAreKeptLargerOnesRefused() {
		long cycle = fixtures.cycleIn(CycleStatus.SELF_ASSESSMENT);
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		byte[] large = java.util.Arrays.copyOf(DocumentKindTest.pdf(), 3 * 1024 * 1024);
		byte[] tooLarge = java.util.Arrays.copyOf(DocumentKindTest.pdf(), 20 * 1024 * 1024 + 1);

		long id = reports.addAttachment(cycle, "KAZ", "annex.pdf", large);

		assertThat(reports.attachment(cycle, "KAZ", id).content()).hasSize(large.length);
		assertThatThrownBy(() -> reports.addAttachment(cycle, "KAZ", "huge.pdf", tooLarge))
			.isInstanceOf(ReportRuleException.class)
			.hasMessageContaining("limit");
	}

	/** Who sees Kazakhstan's report, by its status and the cycle's. */
	@Nested
	class Visibility {

		private boolean sees(String user, long cycle) {
			if (user == null) {
				TestAccounts.actAsNobody();
			}
			else {
				accounts.actAs(user);
			}
			try {
				reports.view(cycle, "KAZ");
				return true;
			}
			catch (AccessDeniedException e) {
				return false;
			}
		}

		@Test
		void aDraftIsSeenOnlyByItsStateAndTheSecretariat() {
			long cycle = fixtures.cycleIn(CycleStatus.SELF_ASSESSMENT);
			fixtures.completeKazakhReport(cycle);

			assertThat(List.of(TestAccounts.COORDINATOR_KAZ, TestAccounts.ANALYST, TestAccounts.ADMIN))
				.allMatch(user -> sees(user, cycle));
			assertThat(List.of(TestAccounts.COORDINATOR_AZE, TestAccounts.EXAMINER, TestAccounts.EXPERT))
				.noneMatch(user -> sees(user, cycle));
			assertThat(sees(null, cycle)).isFalse();
		}

		@Test
		void assignedExaminersAndExpertsSeeItOnceSubmittedOthersOnlyAfterPublication() {
			long cycle = fixtures.submittedKazakhReport(CycleStatus.QUESTIONS_OPEN);

			assertThat(sees(TestAccounts.EXAMINER, cycle)).isTrue();
			assertThat(sees(TestAccounts.EXPERT, cycle)).isTrue();
			assertThat(sees(TestAccounts.COORDINATOR_AZE, cycle)).isFalse();
			assertThat(sees(null, cycle)).isFalse();

			fixtures.advanceTo(cycle, CycleStatus.PUBLISHED);
			assertThat(sees(TestAccounts.COORDINATOR_AZE, cycle)).isTrue();
			assertThat(sees(null, cycle)).isTrue();
		}

		@Test
		void anExaminerNotAssignedInThisCycleDoesNotSeeTheSubmittedReport() {
			long cycle = fixtures.submittedKazakhReport(CycleStatus.SUBMITTED);
			jdbc.sql("DELETE FROM review_assignment WHERE cycle_id = ?").param(cycle).update();

			assertThat(sees(TestAccounts.EXAMINER, cycle)).isFalse();
			assertThat(sees(TestAccounts.EXPERT, cycle)).isFalse();
		}

		@Test
		void aReturnedReportIsHiddenFromExaminersAgainUntilResubmitted() {
			long cycle = fixtures.submittedKazakhReport(CycleStatus.SUBMITTED);
			accounts.actAs(TestAccounts.ANALYST);
			reports.returnToState(cycle, "KAZ", "Complete the trade section");

			assertThat(sees(TestAccounts.EXAMINER, cycle)).isFalse();
			assertThat(sees(TestAccounts.COORDINATOR_KAZ, cycle)).isTrue();
		}
	}

	@OnPostgres
	static class OnPostgresTest extends NationalReportServiceTest {
	}
}
