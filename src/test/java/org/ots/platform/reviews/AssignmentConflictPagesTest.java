package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.ApiClient;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Declaring and withdrawing assignment conflicts on the assignment page, without JavaScript: plain forms with their
 * CSRF token, refusals shown on the page, the proposal respecting what was declared.
 */
@IntegrationTest
class AssignmentConflictPagesTest {

	/** Years 3200-3249 belong to this test. */
	private static final AtomicInteger YEARS = new AtomicInteger(3200);

	/** Every conflict this test declares carries this reason, so that it is removed afterwards whatever happened. */
	private static final String REASON = "Conflict page test: joint commission";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ReviewCycleService cycles;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		accounts.ensure();
		ExaminerAssignmentsTest.institutes(jdbc);
	}

	@AfterEach
	void cleanUp() {
		// Conflicts hold for every cycle: one left behind would change other tests' proposals.
		jdbc.sql("DELETE FROM assignment_conflict WHERE reason LIKE 'Conflict page test%'").update();
		TestAccounts.actAsNobody();
	}

	@Test
	void theSecretariatDeclaresAConflictAndTheProposalNoLongerPairsTheStates() {
		long cycle = open();
		String page = "/reviews/" + cycle + "/assignments";
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		String examiner = proposedExaminersOfKaz(cycle).get(0);
		analyst.get(page);

		HttpResponse<String> declared = analyst.post(page + "/conflicts", conflictForm("KAZ", examiner, REASON));
		assertThat(declared.statusCode()).as(declared.body()).isEqualTo(302);
		assertThat(declared.headers().firstValue("Location").orElse("")).contains("conflictDeclared");

		String shown = analyst.get(page + "?conflictDeclared").body();
		assertThat(shown).contains("The conflict is declared").contains(REASON);
		assertThat(proposedExaminersOfKaz(cycle)).hasSize(2).doesNotContain(examiner);
		assertThat(audited("DECLARE_CONFLICT", conflictId())).contains(examiner, REASON);

		long id = conflictId();
		HttpResponse<String> withdrawn = analyst.post(page + "/conflicts/" + id + "/withdraw", Map.of());
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		assertThat(analyst.get(page + "?conflictWithdrawn").body()).contains("The conflict is withdrawn")
			.doesNotContain(REASON);
		assertThat(declaredConflicts()).isZero();
		assertThat(audited("WITHDRAW_CONFLICT", id)).contains(examiner, REASON);
	}

	@Test
	void aMissingReasonADuplicateAndAWithdrawnConflictAreRefusedWithAClearMessage() {
		long cycle = open();
		String page = "/reviews/" + cycle + "/assignments";
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		analyst.get(page);

		HttpResponse<String> noReason = analyst.post(page + "/conflicts", conflictForm("KAZ", "TUR", " "));
		assertThat(noReason.statusCode()).isEqualTo(200);
		assertThat(noReason.body()).contains("Give the reason of the conflict");
		HttpResponse<String> noParty = analyst.post(page + "/conflicts", conflictForm("KAZ", "", REASON));
		assertThat(noParty.body()).contains("Name either a state or an institution").contains(REASON);
		assertThat(declaredConflicts()).isZero();

		analyst.post(page + "/conflicts", conflictForm("KAZ", "TUR", REASON));
		HttpResponse<String> duplicate = analyst.post(page + "/conflicts", conflictForm("KAZ", "TUR", REASON + " again"));
		assertThat(duplicate.statusCode()).isEqualTo(200);
		assertThat(duplicate.body()).contains("TUR is already declared in conflict with KAZ");
		assertThat(declaredConflicts()).isOne();

		long id = conflictId();
		analyst.post(page + "/conflicts/" + id + "/withdraw", Map.of());
		HttpResponse<String> again = analyst.post(page + "/conflicts/" + id + "/withdraw", Map.of());
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("not declared any more");

		HttpResponse<String> russian = analyst.post(page + "/conflicts?lang=ru", conflictForm("KAZ", "TUR", ""));
		assertThat(russian.body()).contains("Заявить конфликт интересов").doesNotContain("??");
	}

	@Test
	void coordinatorsAndExaminersMayNeitherDeclareNorWithdraw() {
		long cycle = open();
		String page = "/reviews/" + cycle + "/assignments";
		ApiClient.as(port, TestAccounts.ANALYST).post("/api/v1/assignment-conflicts",
				Map.of("reviewedState", "KAZ", "examinerState", "TUR", "reason", REASON));
		long id = conflictId();

		for (String user : List.of(TestAccounts.COORDINATOR_KAZ, TestAccounts.EXAMINER)) {
			WebSession session = WebSession.signedIn(port, user);
			// A page of their own gives the CSRF token, so that the refusal is the role's, not the token's.
			assertThat(session.get("/").body()).contains("_csrf");
			assertThat(session.post(page + "/conflicts", conflictForm("KAZ", "UZB", REASON)).statusCode()).isEqualTo(403);
			assertThat(session.post(page + "/conflicts/" + id + "/withdraw", Map.of()).statusCode()).isEqualTo(403);
			assertThat(ApiClient.as(port, user).delete("/api/v1/assignment-conflicts/" + id).status()).isEqualTo(403);
			assertThat(ApiClient.as(port, user).get("/api/v1/assignment-conflicts").status()).isEqualTo(403);
		}
		assertThat(WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ).get(page).body()).doesNotContain(REASON);
		assertThat(declaredConflicts()).isOne();
	}

	@Test
	void theApiListsAndWithdrawsConflicts() {
		ApiClient analyst = ApiClient.as(port, TestAccounts.ANALYST);
		analyst.post("/api/v1/assignment-conflicts", Map.of("reviewedState", "KAZ", "examinerState", "TUR", "reason", REASON));
		long id = conflictId();

		JsonNode listed = analyst.get("/api/v1/assignment-conflicts").json();
		assertThat(listed.toString()).contains(REASON).contains("\"examinerState\":\"TUR\"");
		assertThat(analyst.post("/api/v1/assignment-conflicts",
				Map.of("reviewedState", "KAZ", "examinerState", "TUR", "reason", REASON)).status()).isEqualTo(422);

		assertThat(analyst.delete("/api/v1/assignment-conflicts/" + id).status()).isEqualTo(204);
		ApiClient.Response again = analyst.delete("/api/v1/assignment-conflicts/" + id);
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.json().get("detail").asString()).contains("not declared");
	}

	private List<String> proposedExaminersOfKaz(long cycle) {
		JsonNode proposal = ApiClient.as(port, TestAccounts.ANALYST)
			.get("/api/v1/cycles/" + cycle + "/assignments/proposal")
			.json();
		return proposal.get("assignments").get(0).get("examinerStates").valueStream().map(JsonNode::asString).toList();
	}

	private static Map<String, String> conflictForm(String reviewed, String examiner, String reason) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("reviewedState", reviewed);
		form.put("examinerState", examiner);
		form.put("institutionId", "");
		form.put("reason", reason);
		return form;
	}

	private long conflictId() {
		return jdbc.sql("SELECT MAX(id) FROM assignment_conflict WHERE reason LIKE 'Conflict page test%'")
			.query(Long.class)
			.single();
	}

	private long declaredConflicts() {
		return jdbc.sql("SELECT COUNT(*) FROM assignment_conflict WHERE reason LIKE 'Conflict page test%'")
			.query(Long.class)
			.single();
	}

	private String audited(String action, long id) {
		return jdbc.sql("SELECT COALESCE(before_value, '') || COALESCE(after_value, '') FROM audit_entry"
				+ " WHERE action = ? AND entity_type = 'AssignmentConflict' AND entity_id = ?")
			.params(action, String.valueOf(id))
			.query(String.class)
			.single();
	}

	private long open() {
		accounts.actAs(TestAccounts.ANALYST);
		long id = cycles.open(YEARS.incrementAndGet(), LocalDate.of(2026, 11, 20), Set.of("KAZ"), ObserverPolicy.READ_ONLY)
			.id();
		TestAccounts.actAsNobody();
		return id;
	}

	@OnPostgres
	static class OnPostgresTest extends AssignmentConflictPagesTest {
	}
}
