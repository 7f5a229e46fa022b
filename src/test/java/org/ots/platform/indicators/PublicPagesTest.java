package org.ots.platform.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ots.platform.indicators.GridRequests.cell;
import static org.ots.platform.indicators.GridRequests.postCell;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public pages of states, indicators and value histories, read without signing in. */
@IntegrationTest
class PublicPagesTest {

	/** Cereal yield: no shared data file and no other test writes it, so the setup below sees only its own rows. */
	static final String CEREAL = "AG.YLD.CREL.KG";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	WebSession visitor;

	@BeforeEach
	void setUp() {
		accounts.ensure();
		visitor = new WebSession(port);
		if (jdbc.sql("SELECT COUNT(*) FROM observation WHERE indicator_code = ?").param(CEREAL).query(Long.class).single() == 0) {
			WebSession kaz = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ);
			postCell(kaz, cell(CEREAL, "KAZ", "2010", "14200"));
			postCell(kaz, cell(CEREAL, "KAZ", "2011", "14300"));
			WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
			postCell(analyst, cell(CEREAL, "AZE", "2011", "2100"));
			jdbc.sql("UPDATE observation SET illustrative = TRUE WHERE indicator_code = ? AND state_code = 'AZE'")
				.param(CEREAL)
				.update();
		}
	}

	@Test
	void statesPageListsMembersObserversAndTheAggregateInTheReadersLanguage() {
		String english = visitor.get("/states").body();
		assertThat(english).contains("Kazakhstan", "Hungary", "Turkish Cypriot State", "XNC",
				"Organization of Turkic States (all members)");
		String russian = visitor.get("/states?lang=ru").body();
		assertThat(russian).contains("Казахстан", "Венгрия", "Государства-наблюдатели");
	}

	@Test
	void statePageShowsTheLatestValueOfEachIndicatorWithYearSourceAndCount() {
		String html = visitor.get("/states/KAZ").body();
		assertThat(html).contains("Cereal yield")
			.contains("14,300")
			.contains(">2011<")
			.contains("Test statistics office")
			.contains("/observations/history?indicator=AG.YLD.CREL.KG&amp;state=KAZ&amp;period=2011");
	}

	@Test
	void unknownStateOrIndicatorIsNotFound() {
		assertThat(visitor.get("/states/XYZ").statusCode()).isEqualTo(404);
		assertThat(visitor.get("/indicators/NO.SUCH").statusCode()).isEqualTo(404);
	}

	@Test
	void frameworkPageListsIndicatorsByAreaWithTheirCounts() {
		String html = visitor.get("/indicators").body();
		assertThat(html).contains("Transport and connectivity", "Food security", "AG.YLD.CREL.KG", "Increase");
		assertThat(html).containsPattern("AG\\.YLD\\.CREL\\.KG(?s:.)*?<td class=\"num\">3</td>");
	}

	@Test
	void indicatorPageShowsMetadataChartDataAndTheValuesTableWithSources() {
		String html = visitor.get("/indicators/" + CEREAL).body();
		assertThat(html).contains("Natural limits", "Periodicity", "Annual", "Methodology")
			.contains("id=\"indicator-chart\"")
			.contains("aria-describedby=\"values-table\"")
			.contains("&quot;state&quot;:&quot;KAZ&quot;")
			.contains("14,200")
			.contains("<li id=\"source-1\">Test statistics office</li>")
			.contains("class=\"illustrative\">illustrative</span>")
			.contains("/dist/echarts.min.js");
	}

	@Test
	void chartDataIsAlsoServedAsJson() {
		String json = visitor.get("/indicators/" + CEREAL + "/series.json").body();
		assertThat(json).contains("\"2010\",\"2011\"]").contains("\"illustrative\":true")
			.contains("\"source\":\"Test statistics office\"");
	}

	@Test
	void historyShowsCurrentValuesAndEarlierVersionsToEveryone() {
		WebSession kaz = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ);
		postCell(kaz, cell(CEREAL, "KAZ", "2009", "14000"));
		postCell(kaz, cell(CEREAL, "KAZ", "2009", "14050", 0));
		String html = visitor.get("/observations/history?indicator=" + CEREAL + "&state=KAZ&period=2009").body();
		assertThat(html).contains("Current values by source", "14,050", "Earlier versions", "14,000", "Corrected",
				TestAccounts.COORDINATOR_KAZ)
			.doesNotContain("Make reference");
	}

	@Test
	void coordinatorChoosesTheReferenceSourceAndRemovesAValue() {
		WebSession kaz = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ);
		postCell(kaz, cell(CEREAL, "KAZ", "2008", "13900"));
		var other = cell(CEREAL, "KAZ", "2008", "13950");
		other.put("source", "National railway company");
		postCell(kaz, other);
		String path = "/observations/history?indicator=" + CEREAL + "&state=KAZ&period=2008";
		String page = kaz.get(path).body();
		assertThat(page).contains("Make reference");
		long id = jdbc.sql("SELECT id FROM observation WHERE indicator_code = ? AND period = '2008' AND source = ?")
			.params(CEREAL, "National railway company").query(Long.class).single();

		var moved = kaz.post("/observations/" + id + "/reference", java.util.Map.of());
		assertThat(moved.statusCode()).isEqualTo(302);
		assertThat(kaz.get(path).body()).contains("The reference source has been changed.");
		assertThat(jdbc.sql("SELECT reference FROM observation WHERE id = ?").param(id).query(Boolean.class).single()).isTrue();

		int version = jdbc.sql("SELECT version FROM observation WHERE id = ?").param(id).query(Integer.class).single();
		kaz.post("/observations/" + id + "/delete", java.util.Map.of("version", Integer.toString(version)));
		assertThat(kaz.get(path).body()).contains("The value has been removed", "Removed");
	}

	@Test
	void coordinatorOfAnotherStateCannotChangeTheReference() {
		long id = jdbc.sql("SELECT id FROM observation WHERE indicator_code = ? AND state_code = 'KAZ' AND period = '2010'")
			.param(CEREAL).query(Long.class).single();
		WebSession aze = WebSession.signedIn(port, TestAccounts.COORDINATOR_AZE);
		aze.get("/observations/history?indicator=" + CEREAL + "&state=KAZ&period=2010");
		assertThat(aze.post("/observations/" + id + "/reference", java.util.Map.of()).statusCode()).isEqualTo(403);
	}

	@OnPostgres
	static class OnPostgresTest extends PublicPagesTest {
	}
}
