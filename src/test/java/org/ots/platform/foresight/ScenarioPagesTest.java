package org.ots.platform.foresight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scenario pages as an expert and a coordinator use them: a mistake comes back beside its row with the rest
 * kept, a saved scenario shows its values beside the baseline, the projection page lists it for the signed-in only,
 * two writers of one scenario do not overwrite each other, and versions can be compared side by side.
 */
@IntegrationTest
class ScenarioPagesTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ProjectionUpdater updater;

	String indicator;

	WebSession expert;

	@BeforeEach
	void aSeriesWithValuesAndAnExpertSignedIn() {
		accounts.ensure();
		indicator = "T.SCP." + SEQUENCE.incrementAndGet() + "." + Long.toString(System.nanoTime() % 46656, 36).toUpperCase();
		jdbc.sql("""
				INSERT INTO indicator (code, area_code, name_en, name_ru, name_tr, definition_en, unit, decimals, periodicity,
				  direction, lower_limit, source)
				VALUES (?, 'TRN', 'Scenario page cargo', 'Scenario page cargo', 'Scenario page cargo',
				  'A tonnage whose values only the scenario page tests write.', 'kt', 0, 'ANNUAL', 'INCREASE', 0, 'Test')""")
			.param(indicator)
			.update();
		for (int year = 2016; year <= 2024; year++) {
			jdbc.sql("""
					INSERT INTO observation (indicator_code, state_code, period, obs_year, source, obs_value, status, reference,
					  illustrative, changed_by, changed_at, version)
					VALUES (?, 'AZE', ?, ?, 'Scenario page source', ?, 'FINAL', TRUE, FALSE, 'test', CURRENT_TIMESTAMP, 0)""")
				.params(indicator, Integer.toString(year), year, 1000.0 + 100 * (year - 2016))
				.update();
		}
		updater.recompute(indicator, "AZE");
		expert = WebSession.signedIn(port, TestAccounts.EXPERT);
	}

	private Map<String, String> form(String title, String points) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", title);
		form.put("rationale", "New ferries on the Caspian, as ordered.");
		form.put("indicator", indicator);
		form.put("state", "AZE");
		form.put("kind", "GROWTH_RATE");
		form.put("points", points);
		return form;
	}

	private long create(String title, String points) {
		expert.get("/scenarios/new");
		HttpResponse<String> saved = expert.post("/scenarios", form(title, points));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String location = saved.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.replaceAll(".*/scenarios/(\\d+).*", "$1"));
	}

	@Test
	void aMistakeComesBackBesideItsRowWithWhatWasTypedKept() {
		expert.get("/scenarios/new");

		HttpResponse<String> refused = expert.post("/scenarios", form("Ferries", "2030 = ten"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("The scenario was not saved")
			.contains("Write each point as year=value")
			.contains("value=\"Ferries\"")
			.contains("value=\"2030 = ten\"");
	}

	@Test
	void moreRowsAreAddedWithoutScriptsAndWithoutSaving() {
		expert.get("/scenarios/new");
		long before = jdbc.sql("SELECT COUNT(*) FROM scenario").query(Long.class).single();
		Map<String, String> typed = form("Ferries", "2026=10");
		typed.put("moreRows", "1");

		String page = expert.post("/scenarios", typed).body();

		assertThat(page).contains("id=\"points-0\"").contains("value=\"2026=10\"").contains("id=\"points-3\"")
			.doesNotContain("id=\"points-4\"");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM scenario").query(Long.class).single()).isEqualTo(before);
		WebSession coordinator = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ);
		coordinator.get("/scenarios");
		assertThat(coordinator.post("/scenarios", typed).statusCode()).as("the form is the writers' only").isEqualTo(403);
	}

	@Test
	void aSavedScenarioShowsItsValuesBesideTheBaseline() {
		long id = create("Ferries", "2026=10");

		String page = expert.get("/scenarios/" + id + "?saved").body();

		assertThat(page).contains("Saved as version 1.")
			.contains("New ferries on the Caspian, as ordered.")
			.contains("Starts from the last observed value: 1,800 kt in 2024 (source: Scenario page source).")
			// 1800 grown 10% a year: 1980 in 2025, 2178 in 2026
			.contains("1,980")
			.contains("2,178")
			.contains("not a published figure");
	}

	@Test
	void theProjectionPageListsTheScenarioForTheSignedInOnly() {
		long id = create("Ferries for the projection", "2027=5");

		String signedIn = expert.get("/projections/" + indicator + "/AZE").body();
		String visitor = new WebSession(port).get("/projections/" + indicator + "/AZE").body();

		assertThat(signedIn).contains("Scenarios for this series").contains("/scenarios/" + id + "\"")
			.contains("Ferries for the projection");
		assertThat(visitor).doesNotContain("Scenarios for this series").doesNotContain("Ferries for the projection")
			.doesNotContain("new-scenario-for-series");
	}

	@Test
	void aScenarioStartedFromAProjectionNamesItsSeries() {
		String projection = expert.get("/projections/" + indicator + "/AZE").body();
		assertThat(projection).contains("/scenarios/new?indicator=" + indicator + "&amp;state=AZE");

		String form = expert.get("/scenarios/new?indicator=" + indicator + "&state=AZE").body();

		assertThat(form).containsPattern("<option value=\"" + java.util.regex.Pattern.quote(indicator) + "\" selected")
			.containsPattern("<option value=\"AZE\" selected");
		assertThat(WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ).get("/projections/" + indicator + "/AZE").body())
			.as("not a writer").doesNotContain("new-scenario-for-series");
	}

	@Test
	void aSecondWriterOfTheSameVersionIsToldAndKeepsWhatWasTyped() {
		long id = create("Contested ferries", "2026=10");
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		analyst.get("/scenarios/" + id + "/edit");
		expert.get("/scenarios/" + id + "/edit");
		Map<String, String> first = form("Secretariat's ferries", "2026=4");
		first.put("expectedVersion", "1");
		assertThat(analyst.post("/scenarios/" + id, first).statusCode()).isEqualTo(302);

		Map<String, String> second = form("Expert's ferries", "2026=12");
		second.put("expectedVersion", "1");
		HttpResponse<String> refused = expert.post("/scenarios/" + id, second);

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Version 2 was saved by " + TestAccounts.ANALYST)
			.contains("value=\"Expert&#39;s ferries\"")
			.contains("value=\"2026=12\"");
		assertThat(expert.get("/scenarios/" + id).body()).contains("Secretariat&#39;s ferries");
	}

	@Test
	void twoVersionsAreComparedSideBySideAtAnAddressThatCanBeShared() {
		long id = create("Ferries", "2026=10");
		expert.get("/scenarios/" + id + "/edit");
		Map<String, String> revised = form("Ferries, delayed", "2026=2");
		revised.put("expectedVersion", "1");
		expert.post("/scenarios/" + id, revised);

		String compared = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ)
			.get("/scenarios/compare?ids=" + id + "v1," + id)
			.body();

		assertThat(compared).contains("Ferries (v1)").contains("Ferries, delayed")
			// 1800 grown 10% then 2%: 2178 and 1873 in 2026
			.contains("2,178")
			.contains("1,873");
	}

	@OnPostgres
	static class OnPostgresTest extends ScenarioPagesTest {
	}
}
