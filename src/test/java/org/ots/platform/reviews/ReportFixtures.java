package org.ots.platform.reviews;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.ots.platform.TestAccounts;
import org.ots.platform.commitments.CommitmentQuery;
import org.ots.platform.commitments.CommitmentRegistry;
import org.ots.platform.indicators.Area;
import org.ots.platform.indicators.IndicatorCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cycles and reports for the report tests, in the years 2600-2649 (the authorisation walk uses 2650-2699). The
 * meeting lies in the past so that the calendar lets a cycle advance to any state.
 */
@Component
class ReportFixtures {

	private static final AtomicInteger YEARS = new AtomicInteger(2600);

	private final ReviewCycleService cycles;
	private final NationalReportService reports;
	private final IndicatorCatalog catalog;
	private final CommitmentRegistry commitments;
	private final TestAccounts accounts;
	private final JdbcClient jdbc;

	ReportFixtures(ReviewCycleService cycles, NationalReportService reports, IndicatorCatalog catalog,
			CommitmentRegistry commitments, TestAccounts accounts, JdbcClient jdbc) {
		this.cycles = cycles;
		this.reports = reports;
		this.catalog = catalog;
		this.commitments = commitments;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/** A cycle reviewing Kazakhstan and Azerbaijan, moved to the given status; Türkiye examines Kazakhstan. */
	long cycleIn(CycleStatus status) {
		accounts.actAs(TestAccounts.ANALYST);
		int year = YEARS.getAndIncrement();
		long id = cycles.open(year, LocalDate.of(2020, 1, 15), Set.of("KAZ", "AZE"), null).id();
		jdbc.sql("INSERT INTO review_assignment (cycle_id, reviewed_state, examiner_state) VALUES (?, 'KAZ', 'TUR')")
			.param(id).update();
		jdbc.sql("INSERT INTO review_assignment (cycle_id, reviewed_state, institution_id)"
				+ " SELECT ?, 'KAZ', id FROM institution WHERE name = 'Test Institute'")
			.param(id).update();
		advanceTo(id, status);
		return id;
	}

	/** Moves the cycle on; Azerbaijan's report is no part of these tests, so the cycle goes on without it. */
	void advanceTo(long cycleId, CycleStatus status) {
		accounts.actAs(TestAccounts.ANALYST);
		while (cycles.get(cycleId).status() != status) {
			cycles.advance(cycleId, "The report tests look at Kazakhstan's report only", null);
		}
	}

	/** Fills every section and commitment of Kazakhstan's report, as its coordinator. */
	void completeKazakhReport(long cycleId) {
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		for (Area area : catalog.areas()) {
			int version = reports.view(cycleId, "KAZ").sections().stream()
				.filter(s -> s.area().code().equals(area.code())).findFirst().orElseThrow().section().version();
			reports.saveSection(cycleId, "KAZ", area.code(),
					new SectionEdit("<p>Progress in " + area.code() + "</p>", false, null, version));
		}
		commitments.commitments(new CommitmentQuery(null, "KAZ", null, null), 0, CommitmentRegistry.MAX_PAGE_SIZE)
			.items()
			.forEach(c -> reports.saveCommitmentStatus(cycleId, "KAZ", c.id(), CommitmentProgress.IN_PROGRESS, "on track"));
	}

	/** A cycle with Kazakhstan's report submitted, the cycle then moved to the given status. */
	long submittedKazakhReport(CycleStatus cycleStatus) {
		long cycleId = cycleIn(CycleStatus.SELF_ASSESSMENT);
		completeKazakhReport(cycleId);
		reports.submit(cycleId, "KAZ");
		advanceTo(cycleId, cycleStatus);
		TestAccounts.actAsNobody();
		return cycleId;
	}
}
