package org.ots.platform.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class CommitmentPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	CommitmentRegistry registry;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	String code;
	Commitment commitment;

	@BeforeEach
	void recordADocument() {
		accounts.ensure();
		SignedIn.as(users, TestAccounts.ANALYST);
		code = CommitmentRegistryTest.newCode();
		registry.createInitiative(CommitmentRegistryTest.document(code));
		commitment = registry.addCommitment(code,
				CommitmentRegistryTest.commitment("TRN", List.of("OTS.TITR.CARGO"), List.of("KAZ", "AZE")));
		SignedIn.out();
	}

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	@Test
	void anyoneSeesTheDocumentsAndTheirCommitments() {
		HttpResponse<String> page = new WebSession(port).get("/commitments");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Test declaration").contains("Develop the Middle Corridor.")
			.contains("href=\"/commitments/" + code + "\"");
	}

	@Test
	void filtersByAreaStateAndDocument() {
		WebSession visitor = new WebSession(port);

		String link = "href=\"/commitments/" + code + "\"";
		assertThat(visitor.get("/commitments?area=TRN&state=KAZ&initiative=" + code).body()).contains(link)
			.contains("1 commitment in 1 document");
		assertThat(visitor.get("/commitments?area=DIG&initiative=" + code).body()).doesNotContain(link);
		assertThat(visitor.get("/commitments?state=TKM&initiative=" + code).body()).doesNotContain(link);
	}

	@Test
	void aDocumentPageShowsLinkedIndicatorsStatesAndDueDate() {
		String body = new WebSession(port).get("/commitments/" + code).body();

		assertThat(body).contains("href=\"/indicators/OTS.TITR.CARGO\"").contains("Middle Corridor (TITR) cargo volume")
			.contains("Azerbaijan").contains("Kazakhstan").contains("31 December 2026").contains("Art. 7")
			.contains("Platform summary of a test document.");
	}

	@Test
	void aDocumentPageShowsTheTargetsAgreedUnderACommitment() {
		jdbc.sql("INSERT INTO target (indicator_code, state_code, target_value, target_year, origin, commitment_id)"
				+ " VALUES ('OTS.TITR.CARGO', 'KAZ', 11000, 2030, 'test', ?)").param(commitment.id()).update();
		try {
			String body = new WebSession(port).get("/commitments/" + code).body();
			assertThat(body).contains("Targets agreed under this commitment").contains("11000.0 thousand tonnes")
				.contains("2030");
		}
		finally {
			jdbc.sql("DELETE FROM target WHERE commitment_id = ?").param(commitment.id()).update();
		}
	}

	@Test
	void pagesSpeakRussianAndTurkish() {
		WebSession visitor = new WebSession(port);

		assertThat(visitor.get("/commitments/" + code + "?lang=ru").body()).contains("Ответственные государства")
			.contains("Тестовая декларация").contains("Казахстан");
		assertThat(visitor.get("/commitments?lang=tr").body()).contains("Sorumlu devletler");
	}

	@Test
	void anUnknownDocumentIsNotFound() {
		assertThat(new WebSession(port).get("/commitments/NO-SUCH-DOCUMENT").statusCode()).isEqualTo(404);
	}

	@Test
	void visitorsAreSentToSignInAndCoordinatorsRefusedFromTheForms() {
		HttpResponse<String> anonymous = new WebSession(port).get("/commitments/manage");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

		WebSession coordinator = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ);
		assertThat(coordinator.get("/commitments/manage/" + code).statusCode()).isEqualTo(403);
		coordinator.get("/commitments");
		assertThat(coordinator.post("/commitments/manage/new", documentForm(CommitmentRegistryTest.newCode())).statusCode())
			.isEqualTo(403);
	}

	@Test
	void theSecretariatRecordsADocumentAndACommitmentThroughTheForms() {
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		String newCode = CommitmentRegistryTest.newCode();
		analyst.get("/commitments/manage/new");

		HttpResponse<String> created = analyst.post("/commitments/manage/new", documentForm(newCode));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/commitments/manage/" + newCode + "?saved");

		analyst.get("/commitments/manage/" + newCode + "/add");
		Map<String, String> form = new HashMap<>(Map.of("reference", "para. 12", "textEn", "Cooperate on renewables.",
				"areaCode", "CLI", "dueDate", "", "indicatorCodes", "CLI.RENEW.ELEC", "stateCodes", "UZB"));
		assertThat(analyst.post("/commitments/manage/" + newCode + "/add", form).statusCode()).isEqualTo(302);

		Commitment added = registry.initiative(newCode).commitments().get(0);
		assertThat(added.reference()).isEqualTo("para. 12");
		assertThat(added.indicatorCodes()).containsExactly("CLI.RENEW.ELEC");
		assertThat(added.stateCodes()).containsExactly("UZB");
		assertThat(analyst.get("/commitments/manage/" + newCode).body()).contains("para. 12");
	}

	@Test
	void aRefusedFormComesBackWithTheReasonsBesideTheFields() {
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		analyst.get("/commitments/manage/commitment/" + commitment.id());

		HttpResponse<String> refused = analyst.post("/commitments/manage/commitment/" + commitment.id(),
				Map.of("reference", "Art. 7", "textEn", "Text", "areaCode", "TRN", "dueDate", "someday",
						"indicatorCodes", "NO.SUCH", "expectedVersion", String.valueOf(commitment.version())));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Not saved").contains("&#39;someday&#39; is not a date")
			.contains("unknown indicator NO.SUCH");
	}

	@Test
	void anEditOfAnOutdatedVersionIsReportedAndOverwritesNothing() {
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		analyst.get("/commitments/manage/commitment/" + commitment.id());
		Map<String, String> form = Map.of("reference", "Art. 99", "textEn", "Changed", "expectedVersion",
				String.valueOf(commitment.version()));
		assertThat(analyst.post("/commitments/manage/commitment/" + commitment.id(), form).statusCode()).isEqualTo(302);

		analyst.get("/commitments/manage/commitment/" + commitment.id());
		HttpResponse<String> late = analyst.post("/commitments/manage/commitment/" + commitment.id(),
				Map.of("reference", "Art. 100", "textEn", "Late", "expectedVersion", String.valueOf(commitment.version())));

		assertThat(late.body()).contains("changed or removed by someone else");
		assertThat(registry.commitment(commitment.id()).reference()).isEqualTo("Art. 99");
	}

	private static Map<String, String> documentForm(String code) {
		return Map.of("code", code, "kind", "DECLARATION", "titleEn", "Form declaration", "titleRu", "Декларация",
				"titleTr", "Bildirge", "adoptedOn", "2025-05-21", "place", "Budapest", "referenceUrl", "");
	}

	@OnPostgres
	static class OnPostgresTest extends CommitmentPagesTest {
	}
}
