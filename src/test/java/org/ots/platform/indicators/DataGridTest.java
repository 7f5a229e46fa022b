package org.ots.platform.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ots.platform.indicators.GridRequests.cell;
import static org.ots.platform.indicators.GridRequests.postCell;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DataGridTest {

	/** A share in percent: natural limits 0 and 100. */
	static final String SHARE = "TRN.EDOC.SHARE";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	WebSession kaz;

	@BeforeEach
	void signIn() {
		accounts.ensure();
		kaz = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ);
	}

	@Test
	void coordinatorSeesOnlyTheirOwnStateAndTheAreaIndicatorsByYear() {
		String html = kaz.get("/data/grid?area=TRN&from=2010&to=2014").body();
		assertThat(html).contains("<option value=\"KAZ\" selected=\"selected\">Kazakhstan</option>")
			.doesNotContain("value=\"AZE\"")
			.contains("aria-label=\"Share of international transport operations with electronic documents (eTIR, e-CMR), 2012\"")
			.contains(">2014</th>")
			.doesNotContain(">2015</th>");
	}

	@Test
	void savedCellComesBackWithItsNewVersion() {
		HttpResponse<String> response = postCell(kaz, cell(SHARE, "KAZ", "2001", "42.5"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("(version 0)").contains("value=\"42.5\"")
			.contains("name=\"version\" value=\"0\"");
		assertThat(postCell(kaz, cell(SHARE, "KAZ", "2001", "43", 0)).body()).contains("(version 1)");
	}

	@Test
	void textThatIsNotANumberIsRefusedNextToTheCell() {
		HttpResponse<String> response = postCell(kaz, cell(SHARE, "KAZ", "2002", "forty"));
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("aria-invalid=\"true\"")
			.contains("forty&#39; is not a number.")
			.contains("value=\"forty\"");
	}

	@Test
	void valueOutsideTheNaturalLimitIsRefused() {
		HttpResponse<String> response = postCell(kaz, cell(SHARE, "KAZ", "2003", "140"));
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("140 is outside the natural limits of this indicator (from 0 to 100 %).");
	}

	@Test
	void yearThatCannotHaveBeenMeasuredIsRefused() {
		HttpResponse<String> response = postCell(kaz, cell(SHARE, "KAZ", "2999", "40"));
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("2999 is not a year that can have been measured.");
	}

	@Test
	void unusualValueIsSavedWithAWarning() {
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		for (int year = 1990; year < 1996; year++) {
			postCell(analyst, cell(SHARE, "UZB", Integer.toString(year), Integer.toString(20 + year % 3)));
		}
		HttpResponse<String> response = postCell(analyst, cell(SHARE, "UZB", "1996", "95"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Saved (version 0), but 95 is far from the other values of this series")
			.contains("cell-warning");
	}

	@Test
	void conflictingEditShowsBothVersionsAndOverwritesOnlyDeliberately() {
		postCell(kaz, cell(SHARE, "KAZ", "2004", "30"));
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		assertThat(postCell(analyst, cell(SHARE, "KAZ", "2004", "31", 0)).statusCode()).isEqualTo(200);

		HttpResponse<String> conflict = postCell(kaz, cell(SHARE, "KAZ", "2004", "32", 0));
		assertThat(conflict.statusCode()).isEqualTo(409);
		assertThat(conflict.body()).contains("Their value: 31, entered by " + TestAccounts.ANALYST)
			.contains("Your value: 32")
			.contains("name=\"overwrite\" value=\"1\"")
			.contains("name=\"keep\"");

		Map<String, String> overwrite = cell(SHARE, "KAZ", "2004", "32", 0);
		overwrite.put("overwrite", "1");
		assertThat(postCell(kaz, overwrite).body()).contains("(version 2)");
		assertThat(storedValue("2004")).isEqualTo(32.0);
	}

	@Test
	void keepingTheirsShowsTheStoredValue() {
		postCell(kaz, cell(SHARE, "KAZ", "2005", "50"));
		Map<String, String> keep = cell(SHARE, "KAZ", "2005", "55", 7);
		keep.put("keep", "theirs");
		HttpResponse<String> response = postCell(kaz, keep);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("value=\"50\"").doesNotContain("aria-invalid");
	}

	@Test
	void clearingACellRemovesTheValueAndKeepsItInTheHistory() {
		postCell(kaz, cell(SHARE, "KAZ", "2006", "60"));
		HttpResponse<String> response = postCell(kaz, cell(SHARE, "KAZ", "2006", "", 0));
		assertThat(response.body()).contains("Removed; the earlier value is kept in the history.");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM observation_history WHERE indicator_code = ? AND state_code = 'KAZ'"
				+ " AND period = '2006' AND change_kind = 'DELETE'").param(SHARE).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void coordinatorCannotWriteAnotherStatesData() {
		HttpResponse<String> response = postCell(kaz, cell(SHARE, "AZE", "2007", "40"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("You may enter and change data only of your own state; AZE is not your state.");
		assertThat(kaz.get("/data/grid?state=AZE").statusCode()).isEqualTo(403);
		assertThat(kaz.get("/data/grid?state=AZE").body()).contains("You may enter and change data only of your own state.");
	}

	@Test
	void keepingTheirsIsRefusedForAnotherStatesCell() {
		postCell(kaz, cell(SHARE, "KAZ", "2009", "50"));
		Map<String, String> keep = cell(SHARE, "KAZ", "2009", "55", 0);
		keep.put("keep", "theirs");
		HttpResponse<String> response = postCell(WebSession.signedIn(port, TestAccounts.COORDINATOR_AZE), keep);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("KAZ is not your state.").doesNotContain("value=\"50\"");
	}

	@Test
	void aMalformedPeriodIsRefusedNotShownAsAnEmptyCell() {
		HttpResponse<String> response = kaz.get("/data/grid/cell?indicator=" + SHARE + "&state=KAZ&period=zz&source=x");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("<input");
	}

	@Test
	void secretariatChoosesAnyState() {
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		String html = analyst.get("/data/grid?state=TUR&area=CLI&from=2010&to=2012").body();
		assertThat(html).contains("value=\"AZE\"").contains("<option value=\"TUR\" selected=\"selected\">");
	}

	@Test
	void withoutJavaScriptACellFormSavesAndReturnsToTheGrid() {
		kaz.get("/data/grid?area=TRN");
		HttpResponse<String> response = kaz.post("/data/grid/cell", cell(SHARE, "KAZ", "2008", "12"));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/data/grid?state=KAZ&area=TRN");
		assertThat(storedValue("2008")).isEqualTo(12.0);
	}

	@Test
	void otherRolesHaveNoGrid() {
		WebSession examiner = WebSession.signedIn(port, TestAccounts.EXAMINER);
		assertThat(examiner.get("/data/grid").statusCode()).isEqualTo(403);
	}

	private Double storedValue(String period) {
		return jdbc.sql("SELECT obs_value FROM observation WHERE indicator_code = ? AND state_code = 'KAZ' AND period = ?"
				+ " AND source = 'Test statistics office'").params(SHARE, period).query(Double.class).single();
	}

	@OnPostgres
	static class OnPostgresTest extends DataGridTest {
	}
}
