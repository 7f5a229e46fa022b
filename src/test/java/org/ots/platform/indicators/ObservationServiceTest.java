package org.ots.platform.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ObservationServiceTest {

	private static final String SOURCE = "Bureau of National Statistics of Kazakhstan";

	@Autowired
	ObservationService service;

	@Autowired
	Observations observations;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void signInAsKazakhCoordinator() {
		accounts.actAs(TestAccounts.COORDINATOR_KAZ);
		jdbc.sql("DELETE FROM observation WHERE indicator_code = 'IT.NET.USER.ZS'").update();
		jdbc.sql("DELETE FROM observation_history WHERE indicator_code = 'IT.NET.USER.ZS'").update();
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	@Test
	void coordinatorRecordsAValueOfItsOwnStateAsTheReference() {
		long createsBefore = auditEntries("CREATE", "IT.NET.USER.ZS|KAZ|2022|" + SOURCE);
		var saved = service.save(edit("2022", "88.5", null)).observation();

		assertThat(saved.value()).isEqualTo(88.5);
		assertThat(saved.reference()).isTrue();
		assertThat(saved.changedBy()).isEqualTo(TestAccounts.COORDINATOR_KAZ);
		assertThat(auditEntries("CREATE", "IT.NET.USER.ZS|KAZ|2022|" + SOURCE)).isEqualTo(createsBefore + 1);
	}

	@Test
	void coordinatorMayNotWriteAnotherStatesData() {
		accounts.actAs(TestAccounts.COORDINATOR_AZE);

		assertThatThrownBy(() -> service.save(edit("2022", "88.5", null))).isInstanceOf(AccessDeniedException.class);
		assertThat(countValues()).isZero();
	}

	@Test
	void examinersAndExpertsMayNotWriteData() {
		for (String user : List.of(TestAccounts.EXAMINER, TestAccounts.EXPERT)) {
			accounts.actAs(user);
			assertThatThrownBy(() -> service.save(edit("2022", "88.5", null))).isInstanceOf(AccessDeniedException.class);
		}
		assertThat(countValues()).isZero();
	}

	@Test
	void refusesWhatCannotBeRightFieldByField() {
		assertThat(errorsOf(edit("2022", "eighty", null))).containsKey("value");
		assertThat(errorsOf(edit("2022", "120", null)).get("value")).contains("natural limit 100");
		assertThat(errorsOf(edit("1700", "10", null)).get("period")).contains("1700");
		assertThat(errorsOf(edit("2099", "10", null)).get("period")).contains("2099");
		assertThat(errorsOf(edit("22", "10", null))).containsKey("period");
		assertThat(countValues()).isZero();
	}

	@Test
	void acceptsNumbersAsPeopleTypeThem() {
		assertThat(service.save(edit("2019", "71,25", null)).observation().value()).isEqualTo(71.25);
	}

	@Test
	void savesButWarnsAboutAValueFarFromTheSeriesHistory() {
		for (int year = 2015; year <= 2020; year++) {
			service.save(edit(Integer.toString(year), Double.toString(70 + year - 2015), null));
		}

		var saved = service.save(edit("2021", "7.6", null));

		assertThat(saved.observation().value()).isEqualTo(7.6);
		assertThat(saved.warnings()).singleElement().asString().contains("far from");
	}

	@Test
	void aCorrectionKeepsThePreviousVersionInTheHistory() {
		var first = service.save(edit("2022", "88.5", null)).observation();
		long updatesBefore = auditEntries("UPDATE", "IT.NET.USER.ZS|KAZ|2022|" + SOURCE);

		var corrected = service.save(edit("2022", "89.1", first.version())).observation();

		assertThat(corrected.value()).isEqualTo(89.1);
		assertThat(corrected.version()).isEqualTo(first.version() + 1);
		List<HistoryEntry> history = observations.history("IT.NET.USER.ZS", "KAZ", "2022");
		assertThat(history).singleElement().satisfies(old -> {
			assertThat(old.value()).isEqualTo(88.5);
			assertThat(old.changeKind()).isEqualTo("UPDATE");
			assertThat(old.supersededBy()).isEqualTo(TestAccounts.COORDINATOR_KAZ);
		});
		assertThat(auditEntries("UPDATE", "IT.NET.USER.ZS|KAZ|2022|" + SOURCE)).isEqualTo(updatesBefore + 1);
	}

	@Test
	void aStaleEditIsRefusedAndShowsTheStoredVersion() {
		var first = service.save(edit("2022", "88.5", null)).observation();
		service.save(edit("2022", "89.0", first.version()));

		assertThatThrownBy(() -> service.save(edit("2022", "90.0", first.version())))
			.isInstanceOfSatisfying(ConflictingEditException.class, conflict -> {
				assertThat(conflict.current().value()).isEqualTo(89.0);
				assertThat(conflict.attempted().value()).isEqualTo("90.0");
			});
		assertThat(observations.findByKey("IT.NET.USER.ZS", "KAZ", "2022", SOURCE).orElseThrow().value()).isEqualTo(89.0);
	}

	@Test
	void twoPeopleSavingTheSameValueAtOnceNeverOverwriteEachOtherSilently() throws Exception {
		var first = service.save(edit("2022", "88.5", null)).observation();
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> outcomes = pool.invokeAll(List.of(
					attempt(together, TestAccounts.COORDINATOR_KAZ, "89.0", first.version()),
					attempt(together, TestAccounts.ANALYST, "91.0", first.version())));
			List<String> results = outcomes.stream().map(ObservationServiceTest::get).toList();

			assertThat(results).containsExactlyInAnyOrder("saved", "conflict");
			assertThat(observations.history("IT.NET.USER.ZS", "KAZ", "2022")).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void valuesOfDifferentSourcesStandSideBySideWithOneReference() {
		var national = service.save(edit("2022", "88.5", null)).observation();
		var itu = service.save(new ObservationEdit("IT.NET.USER.ZS", "KAZ", "2022", "ITU World Telecommunication Indicators",
				"90.9", "FINAL", null, null)).observation();

		assertThat(itu.reference()).isFalse();
		service.markReference(itu.id());

		List<Observation> both = observations.allSources("IT.NET.USER.ZS", "KAZ", "2022");
		assertThat(both).extracting(Observation::source, Observation::reference)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ITU World Telecommunication Indicators", true),
					org.assertj.core.groups.Tuple.tuple(national.source(), false));
	}

	@Test
	void deletingTheReferenceKeepsItInHistoryAndPromotesAnotherSource() {
		var national = service.save(edit("2022", "88.5", null)).observation();
		service.save(new ObservationEdit("IT.NET.USER.ZS", "KAZ", "2022", "ITU", "90.9", "FINAL", null, null));

		service.delete(national.id(), national.version());

		assertThat(observations.allSources("IT.NET.USER.ZS", "KAZ", "2022")).singleElement()
			.satisfies(left -> assertThat(left.reference()).isTrue());
		assertThat(observations.history("IT.NET.USER.ZS", "KAZ", "2022")).extracting(HistoryEntry::changeKind)
			.containsExactly("DELETE");
	}

	private Callable<String> attempt(CyclicBarrier together, String user, String value, int version) {
		return () -> {
			accounts.actAs(user);
			together.await();
			try {
				service.save(edit("2022", value, version));
				return "saved";
			}
			catch (ConflictingEditException e) {
				return "conflict";
			}
			finally {
				TestAccounts.actAsNobody();
			}
		};
	}

	private static String get(Future<String> future) {
		try {
			return future.get();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private java.util.Map<String, String> errorsOf(ObservationEdit edit) {
		try {
			service.save(edit);
			throw new AssertionError("expected the value to be refused: " + edit);
		}
		catch (InvalidObservationException e) {
			return e.check().errors();
		}
	}

	private static ObservationEdit edit(String period, String value, Integer version) {
		return new ObservationEdit("IT.NET.USER.ZS", "KAZ", period, SOURCE, value, "FINAL", null, version);
	}

	private long countValues() {
		return jdbc.sql("SELECT COUNT(*) FROM observation WHERE indicator_code = 'IT.NET.USER.ZS'").query(Long.class).single();
	}

	private long auditEntries(String action, String entityId) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND entity_id = ?")
			.params(action, entityId)
			.query(Long.class)
			.single();
	}

	@OnPostgres
	static class OnPostgresTest extends ObservationServiceTest {
	}
}
