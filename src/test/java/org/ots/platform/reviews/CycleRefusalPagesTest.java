package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The cycle page tells the rules' refusals in the reader's language, with the statuses named as the page names them. */
@IntegrationTest
class CycleRefusalPagesTest {

	/** Years 3230-3249 belong to this test. */
	private static final AtomicInteger YEARS = new AtomicInteger(3230);

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
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	@Test
	void missingReportsAreNamedInRussian() {
		long id = open();
		WebSession analyst = russianAnalyst(id);
		analyst.post("/reviews/" + id + "/advance", Map.of("version", version(id)));
		analyst.get("/reviews/" + id);

		analyst.post("/reviews/" + id + "/advance", Map.of("version", version(id)));

		assertThat(analyst.get("/reviews/" + id).body())
			.contains("Национальный доклад ещё не представлен: KAZ")
			.doesNotContain("No national report");
	}

	@Test
	void theCalendarRuleIsToldInRussian() {
		long id = open();
		jdbc.sql("UPDATE review_cycle SET status = 'FACTUAL_CHECK' WHERE id = ?").param(id).update();
		WebSession analyst = russianAnalyst(id);

		analyst.post("/reviews/" + id + "/advance", Map.of("version", version(id)));

		assertThat(analyst.get("/reviews/" + id).body()).contains("Вопросы открываются после рассылки докладов")
			.doesNotContain("Questions open once");
	}

	@Test
	void anIllegalMoveNamesTheStatusInRussian() {
		long id = open();
		WebSession analyst = russianAnalyst(id);
		analyst.post("/reviews/" + id + "/withdraw", Map.of("reason", "Council decision", "version", version(id)));
		analyst.get("/reviews/" + id);

		analyst.post("/reviews/" + id + "/postpone", Map.of("reason", "Summit moved", "version", version(id)));

		assertThat(analyst.get("/reviews/" + id).body()).contains("Цикл на этапе «Отменён» нельзя отложить.");
	}

	/** The analyst, reading the cycle page in Russian (the language stays with the session). */
	private WebSession russianAnalyst(long id) {
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		analyst.get("/reviews/" + id + "?lang=ru");
		return analyst;
	}

	private String version(long id) {
		return String.valueOf(jdbc.sql("SELECT version FROM review_cycle WHERE id = ?").param(id).query(Integer.class).single());
	}

	/** A cycle reviewing KAZ whose reports are circulated long after any clock the tests run with. */
	private long open() {
		accounts.actAs(TestAccounts.ANALYST);
		long id = cycles.open(YEARS.incrementAndGet(), LocalDate.of(2099, 11, 20), Set.of("KAZ"), ObserverPolicy.READ_ONLY)
			.id();
		TestAccounts.actAsNobody();
		return id;
	}

	@OnPostgres
	static class OnPostgresTest extends CycleRefusalPagesTest {
	}
}
