package org.ots.platform.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.states.States;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The demo register loads on an empty database; each test rolls back, so other tests keep their own documents. */
@IntegrationTest
@Transactional
class CommitmentsDemoContentTest {

	@Autowired
	CommitmentsDemoContent demo;

	@Autowired
	CommitmentRegistry registry;

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	States states;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsTheSevenAdoptedDocumentsWithTheirCommitments() {
		loadIntoEmptyRegister();

		List<Initiative> documents = registry.initiatives();
		assertThat(documents).extracting(Initiative::code).containsExactly("TWV-2040", "OTS-STRATEGY-2022-2026",
				"TIF-2023", "ASTANA-2023", "KARABAKH-2024", "BUDAPEST-2025", "GABALA-2025");
		assertThat(documents).allSatisfy(d -> {
			assertThat(d.commitments()).isNotEmpty();
			assertThat(d.title().ru()).isNotBlank();
			assertThat(d.title().tr()).isNotBlank();
		});
		assertThat(registry.initiative("KARABAKH-2024").adoptedOn()).hasToString("2024-07-06");
		assertThat(registry.initiative("KARABAKH-2024").referenceUrl()).startsWith("https://en.azvision.az/");
	}

	@Test
	void everyLinkedIndicatorAreaAndStateExists() {
		loadIntoEmptyRegister();

		List<Commitment> all = registry.initiatives().stream().flatMap(d -> d.commitments().stream()).toList();
		assertThat(all).hasSizeGreaterThan(15);
		assertThat(all).flatExtracting(Commitment::indicatorCodes)
			.isNotEmpty()
			.allSatisfy(code -> assertThat(catalog.find(code)).as(code).isPresent());
		assertThat(all).flatExtracting(Commitment::stateCodes).allSatisfy(code -> assertThat(states.exists(code)).isTrue());
		assertThat(all).allSatisfy(c -> {
			assertThat(c.summaryBasis()).startsWith("Platform summary");
			assertThat(c.text().en()).hasSizeLessThan(300);
			assertThat(c.text().ru()).isNotBlank();
			assertThat(c.text().tr()).isNotBlank();
		});
	}

	@Test
	void recordsNoTargetAndDueDatesOnlyWhereTheDocumentImpliesThem() {
		loadIntoEmptyRegister();

		List<Commitment> all = registry.initiatives().stream().flatMap(d -> d.commitments().stream()).toList();
		assertThat(all).allSatisfy(c -> assertThat(registry.targetsOf(c)).isEmpty());
		assertThat(all).filteredOn(c -> c.dueDate() != null)
			.extracting(Commitment::initiativeCode)
			.containsOnly("TWV-2040", "OTS-STRATEGY-2022-2026");
		assertThat(registry.commitments(new CommitmentQuery(null, null, "OTS-STRATEGY-2022-2026", null), 0, 50).items())
			.filteredOn(c -> c.dueDate() != null)
			.allSatisfy(c -> assertThat(c.dueDate()).hasToString("2026-12-31"));
	}

	@Test
	void loadsOnlyIntoAnEmptyRegisterAndAuditsAsDemoContent() {
		loadIntoEmptyRegister();
		int count = registry.initiatives().size();

		demo.load();

		assertThat(registry.initiatives()).hasSize(count);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND entity_type = 'Initiative'")
			.param(CommitmentsDemoContent.ACTOR)
			.query(Long.class)
			.single()).isEqualTo(count);
	}

	private void loadIntoEmptyRegister() {
		jdbc.sql("DELETE FROM commitment_indicator").update();
		jdbc.sql("DELETE FROM commitment_state").update();
		jdbc.sql("DELETE FROM commitment").update();
		jdbc.sql("DELETE FROM initiative").update();
		demo.load();
	}

	@OnPostgres
	static class OnPostgresTest extends CommitmentsDemoContentTest {
	}
}
