package org.ots.platform.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class CommitmentRegistryTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	CommitmentRegistry registry;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void signInAsAnalyst() {
		accounts.ensure();
		SignedIn.as(users, TestAccounts.ANALYST);
	}

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	static String newCode() {
		return "T-REG-" + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
	}

	static InitiativeEdit document(String code) {
		return new InitiativeEdit(code, "DECLARATION", "Test declaration", "Тестовая декларация", "Test bildirgesi",
				"2024-07-06", "Shusha", "https://example.org/declaration", "A summary.", null, null, null);
	}

	static CommitmentEdit commitment(String area, List<String> indicators, List<String> states) {
		return new CommitmentEdit("Art. 7", "Develop the Middle Corridor.", null, null, area, "2026-12-31", null,
				"Platform summary of a test document.", indicators, states, null);
	}

	@Test
	void secretariatRecordsADocumentAndItsCommitmentsInOrder() {
		String code = newCode();
		registry.createInitiative(document(code));
		Commitment first = registry.addCommitment(code, commitment("TRN", List.of("OTS.TITR.CARGO"), List.of("kaz", "AZE")));
		Commitment second = registry.addCommitment(code, commitment("CLI", List.of("CLI.RENEW.ELEC"), List.of("TUR")));

		Initiative stored = registry.initiative(code.toLowerCase());
		assertThat(stored.kind()).isEqualTo(InitiativeKind.DECLARATION);
		assertThat(stored.title().ru()).isEqualTo("Тестовая декларация");
		assertThat(stored.commitments()).extracting(Commitment::id).containsExactly(first.id(), second.id());
		assertThat(first.stateCodes()).containsExactly("AZE", "KAZ");
		assertThat(first.indicatorCodes()).containsExactly("OTS.TITR.CARGO");
		assertThat(first.dueDate()).hasToString("2026-12-31");
		assertThat(second.sortOrder()).isGreaterThan(first.sortOrder());
	}

	@Test
	void everyWriteIsAuditedWithTheValuesBeforeAndAfter() {
		String code = newCode();
		Initiative created = registry.createInitiative(document(code));
		Commitment added = registry.addCommitment(code, commitment("TRN", List.of("OTS.TITR.CARGO"), List.of("KAZ")));
		registry.updateCommitment(added.id(), new CommitmentEdit("Art. 8", "Develop the corridor further.", null, null,
				"TRN", null, null, null, List.of("OTS.TITR.TEU"), List.of("KAZ"), added.version()));

		assertThat(audit("Initiative", created.code())).singleElement().satisfies(entry -> {
			assertThat(entry.get("action")).isEqualTo("CREATE");
			assertThat(entry.get("actor")).isEqualTo(TestAccounts.ANALYST);
			assertThat(entry.get("before_value")).isNull();
			assertThat((String) entry.get("after_value")).contains("Test declaration");
		});
		List<Map<String, Object>> entries = audit("Commitment", added.id().toString());
		assertThat(entries).extracting(e -> e.get("action")).containsExactly("CREATE", "UPDATE");
		assertThat((String) entries.get(1).get("before_value")).contains("Art. 7").contains("OTS.TITR.CARGO");
		assertThat((String) entries.get(1).get("after_value")).contains("Art. 8").contains("OTS.TITR.TEU");
	}

	@Test
	void refusesUnknownAreasIndicatorsAndStatesNamingEachField() {
		String code = newCode();
		registry.createInitiative(document(code));

		assertThatThrownBy(() -> registry.addCommitment(code,
				new CommitmentEdit(" ", "x".repeat(CommitmentValidator.MAX_TEXT + 1), null, null, "NOPE", "31.12.2026",
						null, null, List.of("NO.SUCH.INDICATOR"), List.of("XXX"), null)))
			.isInstanceOfSatisfying(InvalidCommitmentException.class, e -> assertThat(e.errors()).containsOnlyKeys(
					"reference", "textEn", "areaCode", "dueDate", "indicatorCodes", "stateCodes"));
		assertThat(registry.initiative(code).commitments()).isEmpty();
	}

	@Test
	void refusesADocumentWithoutTitlesOrWithABadCodeDateOrAddress() {
		assertThatThrownBy(() -> registry.createInitiative(new InitiativeEdit("bad code!", "MEMO", "", null, null,
				"2999-01-01", null, "javascript:alert(1)", null, null, null, null)))
			.isInstanceOfSatisfying(InvalidCommitmentException.class, e -> assertThat(e.errors()).containsOnlyKeys(
					"code", "kind", "titleEn", "titleRu", "titleTr", "adoptedOn", "referenceUrl"));
	}

	@Test
	void refusesASecondDocumentWithTheSameCode() {
		String code = newCode();
		registry.createInitiative(document(code));

		assertThatThrownBy(() -> registry.createInitiative(document(code)))
			.isInstanceOfSatisfying(InvalidCommitmentException.class, e -> assertThat(e.errors()).containsKey("code"));
	}

	@Test
	void anEditBasedOnAnOlderVersionOverwritesNothing() {
		String code = newCode();
		Commitment added = addTo(code);
		CommitmentEdit mine = new CommitmentEdit("Art. 9", "Mine.", null, null, "TRN", null, null, null, List.of(),
				List.of(), added.version());
		CommitmentEdit theirs = new CommitmentEdit("Art. 10", "Theirs.", null, null, "TRN", null, null, null, List.of(),
				List.of(), added.version());
		registry.updateCommitment(added.id(), theirs);

		assertThatThrownBy(() -> registry.updateCommitment(added.id(), mine)).isInstanceOf(OutdatedEditException.class);
		assertThat(registry.commitment(added.id()).reference()).isEqualTo("Art. 10");

		Initiative document = registry.initiative(code);
		registry.updateInitiative(code, withTitle(document, "First", document.version()));
		assertThatThrownBy(() -> registry.updateInitiative(code, withTitle(document, "Second", document.version())))
			.isInstanceOf(OutdatedEditException.class);
		assertThat(registry.initiative(code).title().en()).isEqualTo("First");
	}

	@Test
	void correctingADocumentKeepsItsCodeAndItsCommitmentIds() {
		String code = newCode();
		Commitment added = addTo(code);
		Initiative document = registry.initiative(code);
		InitiativeEdit renamed = new InitiativeEdit("OTHER-CODE", "STRATEGY", "Renamed", "Переименовано", "Yeniden adlandırıldı",
				"2022-11-11", "Samarkand", null, null, null, null, document.version());

		Initiative updated = registry.updateInitiative(code, renamed);

		assertThat(updated.code()).isEqualTo(code);
		assertThat(updated.kind()).isEqualTo(InitiativeKind.STRATEGY);
		assertThat(updated.commitments()).extracting(Commitment::id).containsExactly(added.id());
	}

	@Test
	void nationalCoordinatorsExaminersAndVisitorsMayNotRecordCommitments() {
		String code = newCode();
		Commitment added = addTo(code);
		for (String user : List.of(TestAccounts.COORDINATOR_KAZ, TestAccounts.EXAMINER, TestAccounts.EXPERT)) {
			SignedIn.as(users, user);
			assertThatThrownBy(() -> registry.createInitiative(document(newCode()))).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> registry.addCommitment(code, commitment("TRN", List.of(), List.of("KAZ"))))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> registry.deleteCommitment(added.id(), added.version()))
				.isInstanceOf(AccessDeniedException.class);
		}
		SignedIn.out();
		assertThatThrownBy(() -> registry.createInitiative(document(newCode()))).isInstanceOf(AccessDeniedException.class);
		assertThat(registry.initiative(code).commitments()).hasSize(1);
	}

	@Test
	void aCommitmentThatATargetNamesCannotBeDeleted() {
		Commitment added = addTo(newCode());
		jdbc.sql("INSERT INTO target (indicator_code, state_code, target_value, target_year, origin, commitment_id)"
				+ " VALUES ('OTS.TITR.CARGO', NULL, 11000, 2030, 'test', ?)").param(added.id()).update();

		assertThat(registry.targetsOf(added)).singleElement().satisfies(t -> assertThat(t.targetYear()).isEqualTo(2030));
		assertThatThrownBy(() -> registry.deleteCommitment(added.id(), added.version()))
			.isInstanceOf(CommitmentInUseException.class);
		jdbc.sql("DELETE FROM target WHERE commitment_id = ?").param(added.id()).update();
	}

	@Test
	void deletingRemovesTheCommitmentAndItsLinks() {
		Commitment added = addTo(newCode());

		assertThatThrownBy(() -> registry.deleteCommitment(added.id(), added.version() + 1))
			.isInstanceOf(OutdatedEditException.class);
		registry.deleteCommitment(added.id(), added.version());

		assertThatThrownBy(() -> registry.commitment(added.id())).isInstanceOf(NotFoundException.class);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM commitment_state WHERE commitment_id = ?").param(added.id())
			.query(Long.class).single()).isZero();
		assertThat(audit("Commitment", added.id().toString())).extracting(e -> e.get("action")).containsExactly("CREATE", "DELETE");
	}

	@Test
	void listsCommitmentsByAreaStateDocumentAndIndicatorPageByPage() {
		String code = newCode();
		registry.createInitiative(document(code));
		for (int i = 0; i < 3; i++) {
			registry.addCommitment(code, commitment("TRN", List.of("OTS.TITR.CARGO"), List.of("KGZ")));
		}
		registry.addCommitment(code, commitment("DIG", List.of("UN.EGDI"), List.of("UZB")));

		CommitmentPage page = registry.commitments(new CommitmentQuery("trn", null, code, null), 1, 2);
		assertThat(page.total()).isEqualTo(3);
		assertThat(page.items()).hasSize(1);
		assertThat(registry.commitments(new CommitmentQuery(null, "UZB", code, "UN.EGDI"), 0, 10).total()).isEqualTo(1);
		assertThat(registry.commitments(new CommitmentQuery(null, "UZB", code, "OTS.TITR.CARGO"), 0, 10).total()).isZero();
	}

	private Commitment addTo(String code) {
		registry.createInitiative(document(code));
		return registry.addCommitment(code, commitment("TRN", List.of("OTS.TITR.CARGO"), List.of("KAZ")));
	}

	private static InitiativeEdit withTitle(Initiative i, String title, int version) {
		return new InitiativeEdit(i.code(), i.kind().name(), title, i.title().ru(), i.title().tr(), i.adoptedOn().toString(),
				i.place(), i.referenceUrl(), null, null, null, version);
	}

	private List<Map<String, Object>> audit(String type, String id) {
		return jdbc.sql("SELECT action, actor, before_value, after_value FROM audit_entry WHERE entity_type = ? AND entity_id = ?"
				+ " ORDER BY id").params(type, id).query().listOfRows();
	}

	@OnPostgres
	static class OnPostgresTest extends CommitmentRegistryTest {
	}
}
