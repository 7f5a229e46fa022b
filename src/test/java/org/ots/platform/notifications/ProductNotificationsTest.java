package org.ots.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.ApiClient;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review of an analytical product in the inboxes: the Secretariat is told a product waits, and the experts of
 * its institution how the review ended (returned with the comment, then published).
 */
@IntegrationTest
class ProductNotificationsTest {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void accounts() {
		accounts.ensure();
	}

	private List<String> inboxOf(String username, String title) {
		return jdbc.sql("SELECT subject || ' | ' || body FROM inbox_message WHERE recipient = ? AND body LIKE ? ORDER BY id")
			.params(username, "%" + title + "%")
			.query(String.class)
			.list();
	}

	@Test
	void theSecretariatHearsOfTheSubmissionAndTheAuthorsOfTheOutcome() {
		String title = "Notified brief " + UUID.randomUUID();
		ApiClient expert = ApiClient.as(port, TestAccounts.EXPERT);
		ApiClient analyst = ApiClient.as(port, TestAccounts.ANALYST);
		long id = expert.post("/api/v1/products", Map.of("kind", "BRIEF", "title", title, "summary", "Transit times.",
				"areaCodes", List.of("TRN"))).json().get("id").asLong();

		expert.post("/api/v1/products/" + id + "/status", Map.of("status", "IN_REVIEW", "version", 0));
		await().atMost(Duration.ofSeconds(10)).until(() -> !inboxOf(TestAccounts.ANALYST, title).isEmpty());
		analyst.post("/api/v1/products/" + id + "/status", Map.of("status", "RETURNED", "comment", "Cite the sources.", "version", 1));
		expert.post("/api/v1/products/" + id + "/status", Map.of("status", "IN_REVIEW", "version", 2));
		analyst.post("/api/v1/products/" + id + "/status", Map.of("status", "PUBLISHED", "version", 3));

		await().atMost(Duration.ofSeconds(10)).until(() -> inboxOf(TestAccounts.EXPERT, title).size() == 2);
		assertThat(inboxOf(TestAccounts.EXPERT, title)).containsExactly(
				"Analytical product returned: " + title + " | The Secretariat returned the analytical product \"" + title
						+ "\" to its authors: Cite the sources.",
				"Analytical product published: " + title + " | The Secretariat published the analytical product \""
						+ title + "\". It is now public.");
		assertThat(inboxOf(TestAccounts.ANALYST, title)).hasSize(2).allMatch(m -> m.startsWith("Analytical product to review"));
		assertThat(inboxOf(TestAccounts.COORDINATOR_KAZ, title)).isEmpty();
	}

	@OnPostgres
	static class OnPostgresTest extends ProductNotificationsTest {
	}
}
