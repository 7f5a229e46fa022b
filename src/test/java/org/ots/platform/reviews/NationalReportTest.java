package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class NationalReportTest {

	private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
	private static final List<String> AREAS = List.of("TRN", "DIG");

	private static ReportSection written(String area) {
		return new ReportSection(area, "<p>Progress in " + area + "</p>", false, null, "kaz", NOW, 1);
	}

	private static NationalReport draft(List<ReportSection> sections, List<CommitmentStatus> commitments) {
		return new NationalReport(1L, 7, "KAZ", ReportStatus.DRAFT, null, null, null, 0, sections, commitments);
	}

	private static NationalReport complete() {
		return draft(List.of(written("TRN"), written("DIG")),
				List.of(new CommitmentStatus(11, CommitmentProgress.IN_PROGRESS, null, "kaz", NOW)));
	}

	@Nested
	class Draft {

		@Test
		void submitListsEverySectionAndCommitmentStillMissing() {
			NationalReport report = draft(List.of(written("TRN"),
					new ReportSection("DIG", null, true, " ", "kaz", NOW, 1)), List.of());

			assertThatThrownBy(() -> report.submit("kaz", CycleStatus.SELF_ASSESSMENT, AREAS, List.of(11L), NOW))
				.isInstanceOfSatisfying(ReportRuleException.class, e -> assertThat(e.missing()).containsExactly(
						"section DIG: write the narrative or mark it not applicable with a reason",
						"commitment 11: give its status"));
			assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
		}

		@Test
		void aSectionMarkedNotApplicableWithAReasonIsComplete() {
			NationalReport report = draft(List.of(written("TRN"),
					new ReportSection("DIG", null, true, "No digital programme this cycle", "kaz", NOW, 1)), List.of());

			report.submit("kaz", CycleStatus.SELF_ASSESSMENT, AREAS, List.of(), NOW);

			assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
		}

		@Test
		void aNarrativeOfOnlyMarkupIsNotFilled() {
			assertThat(new ReportSection("TRN", "<p> </p>", false, null, "kaz", NOW, 1).isComplete()).isFalse();
		}

		@Test
		void isEditableDuringSelfAssessmentAndLateSubmissionOnly() {
			NationalReport report = complete();
			report.checkEditable(CycleStatus.SELF_ASSESSMENT);
			report.checkEditable(CycleStatus.SUBMITTED);
			assertThatThrownBy(() -> report.checkEditable(CycleStatus.SECRETARIAT_ANALYSIS))
				.isInstanceOf(ReportRuleException.class);
		}

		@Test
		void anUnopenedReportOpensOnlyInSelfAssessment() {
			assertThatThrownBy(() -> NationalReport.unopened(7, "KAZ").checkEditable(CycleStatus.SUBMITTED))
				.isInstanceOf(ReportRuleException.class)
				.hasMessageContaining("self-assessment");
			NationalReport.unopened(7, "KAZ").checkEditable(CycleStatus.SELF_ASSESSMENT);
		}
	}

	@Nested
	class Submitted {

		@Test
		void isReadOnly() {
			NationalReport report = complete();
			report.submit("kaz", CycleStatus.SELF_ASSESSMENT, AREAS, List.of(11L), NOW);

			assertThatThrownBy(() -> report.checkEditable(CycleStatus.SELF_ASSESSMENT))
				.isInstanceOf(ReportRuleException.class)
				.hasMessageContaining("read-only");
			assertThat(report.submittedBy()).isEqualTo("kaz");
		}

		@Test
		void onlyTheSecretariatReturnsItAndOnlyWithAComment() {
			NationalReport report = complete();
			report.submit("kaz", CycleStatus.SELF_ASSESSMENT, AREAS, List.of(11L), NOW);

			assertThatThrownBy(() -> report.returnToState(false, "Please add sources"))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> report.returnToState(true, "  ")).isInstanceOf(ReportRuleException.class);

			report.returnToState(true, " Please add sources ");
			assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
			assertThat(report.returnComment()).isEqualTo("Please add sources");
		}
	}

	@Nested
	class Returned {

		@Test
		void staysEditableAfterTheCycleMovedOnUntilAdoption() {
			NationalReport report = complete();
			report.submit("kaz", CycleStatus.SELF_ASSESSMENT, AREAS, List.of(11L), NOW);
			report.returnToState(true, "Add the 2025 figures");

			report.checkEditable(CycleStatus.QUESTIONS_OPEN);
			assertThatThrownBy(() -> report.checkEditable(CycleStatus.ADOPTED)).isInstanceOf(ReportRuleException.class);
			report.submit("kaz", CycleStatus.FACTUAL_CHECK, AREAS, List.of(11L), NOW);
			assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
		}

		@Test
		void cannotBeReturnedAgainBeforeItIsResubmitted() {
			NationalReport report = complete();
			report.submit("kaz", CycleStatus.SELF_ASSESSMENT, AREAS, List.of(11L), NOW);
			report.returnToState(true, "Add the 2025 figures");

			assertThatThrownBy(() -> report.returnToState(true, "again")).isInstanceOf(ReportRuleException.class);
		}
	}
}
