package org.ots.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

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

/** The inbox over HTTP: everyone reads and marks only their own messages, on the page and through the API. */
@IntegrationTest
class InboxTest {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void accountsExist() {
		accounts.ensure();
	}

	@Test
	void theInboxPageShowsOwnMessagesAndMarksThemRead() {
		String subject = "Questions from TUR " + System.nanoTime();
		long id = inbox.add(TestAccounts.COORDINATOR_KAZ, subject, "Please answer them.", "/reviews/cycles/1", Instant.now());
		WebSession kaz = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ);
		long unread = inbox.unread(TestAccounts.COORDINATOR_KAZ);

		String page = kaz.get("/inbox").body();
		assertThat(page).contains(subject, "Please answer them.", "Inbox (" + unread + ")", "Mark as read");

		HttpResponse<String> marked = kaz.post("/inbox/" + id + "/read", Map.of());
		assertThat(marked.statusCode()).isEqualTo(302);
		assertThat(marked.headers().firstValue("Location").orElse("")).endsWith("/inbox");
		assertThat(kaz.get("/inbox").body()).contains("Inbox (" + (unread - 1) + ")");
		assertThat(inbox.find(id).orElseThrow().isRead()).isTrue();
		assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE entity_type = 'InboxMessage' AND entity_id = ? AND action = 'READ'")
			.param(String.valueOf(id))
			.query(String.class)
			.list()).containsExactly(TestAccounts.COORDINATOR_KAZ);
	}

	@Test
	void nobodySeesOrMarksAnotherPersonsMessages() {
		String subject = "For Kazakhstan only " + System.nanoTime();
		long id = inbox.add(TestAccounts.COORDINATOR_KAZ, subject, "Private.", null, Instant.now());

		WebSession aze = WebSession.signedIn(port, TestAccounts.COORDINATOR_AZE);
		assertThat(aze.get("/inbox").body()).doesNotContain(subject);
		assertThat(aze.post("/inbox/" + id + "/read", Map.of()).statusCode()).isEqualTo(403);
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		assertThat(admin.get("/inbox").body()).doesNotContain(subject);

		ApiClient analyst = ApiClient.as(port, TestAccounts.ANALYST);
		assertThat(analyst.get("/api/v1/inbox").body()).doesNotContain(subject);
		ApiClient.Response refused = analyst.post("/api/v1/inbox/" + id + "/read", null);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("This message is addressed to someone else.");
		assertThat(inbox.find(id).orElseThrow().isRead()).isFalse();
	}

	@Test
	void theApiListsAndMarksTheCallersOwnMessages() {
		String subject = "API message " + System.nanoTime();
		long id = inbox.add(TestAccounts.EXAMINER, subject, "Answer posted.", null, Instant.now());
		ApiClient examiner = ApiClient.as(port, TestAccounts.EXAMINER);

		ApiClient.Response list = examiner.get("/api/v1/inbox");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains(subject);

		ApiClient.Response marked = examiner.post("/api/v1/inbox/" + id + "/read", null);
		assertThat(marked.status()).isEqualTo(200);
		assertThat(marked.json().get("readAt").isNull()).isFalse();
	}

	/** The labels follow the page's language; the messages stay in the recipient's preferred language. */
	@Test
	void theInboxPageSpeaksTheLanguageOfThePage() {
		inbox.add(TestAccounts.EXPERT, "Expert message " + System.nanoTime(), "Text.", null, Instant.now());
		WebSession expert = WebSession.signedIn(port, TestAccounts.EXPERT);

		assertThat(expert.get("/inbox?lang=ru").body()).contains("<h1>Входящие</h1>", "Ваши сообщения, сначала новые",
				"Отметить как прочитанное", "Входящие (");
		assertThat(expert.get("/inbox?lang=tr").body()).contains("<h1>Gelen kutusu</h1>", "Okundu olarak işaretle");
	}

	@Test
	void unknownMessagesAndAnonymousCallersAreAnsweredClearly() {
		assertThat(ApiClient.as(port, TestAccounts.EXAMINER).post("/api/v1/inbox/987654321/read", null).status())
			.isEqualTo(404);
		assertThat(ApiClient.anonymous(port).get("/api/v1/inbox").status()).isEqualTo(401);
		HttpResponse<String> page = new WebSession(port).get("/inbox");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElse("")).contains("/login");
		// Anonymous pages show no inbox at all.
		assertThat(new WebSession(port).get("/").body()).doesNotContain("/inbox");
	}

	@OnPostgres
	static class OnPostgresTest extends InboxTest {
	}
}
