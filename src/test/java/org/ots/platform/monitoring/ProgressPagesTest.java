package org.ots.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.ApiClient;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The public progress pages as a visitor without an account sees them: the scoreboard's cells coloured and named by
 * status with their latest value, its order and filters, the state profile, the comparison, the explanation of a
 * status, and a clear 404 page for what does not exist.
 */
@IntegrationTest
class ProgressPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	ProgressBoardData data;

	@Autowired
	TestAccounts accounts;

	WebSession visitor;
	String indicator;

	@BeforeEach
	void seriesOfEveryStatus() {
		accounts.ensure();
		visitor = new WebSession(port);
		indicator = data.indicatorWithEveryStatus();
	}

	@Test
	void eachCellShowsItsStatusByColourAndNameWithTheLatestValueAndYear() {
		Document board = page("/scoreboard?area=TRN");
		assertThat(cell(board, "KAZ").hasClass("status-substantial_progress")).isTrue();
		assertThat(cell(board, "KAZ").text()).contains("OT", "12.0", "(2020)");
		assertThat(cell(board, "KAZ").selectFirst("abbr").attr("title")).isEqualTo("On track");
		assertThat(cell(board, "AZE").hasClass("status-deterioration")).isTrue();
		assertThat(cell(board, "AZE").text()).contains("DT", "19.0");
		assertThat(cell(board, "TUR").hasClass("status-moderate_progress")).isTrue();
		assertThat(cell(board, "KGZ").hasClass("status-limited_progress")).isTrue();
		assertThat(cell(board, "UZB").hasClass("status-unable_to_assess")).isTrue();
		assertThat(cell(board, "HUN").hasClass("status-none")).isTrue();
		assertThat(cell(board, "HUN").text()).isEqualTo("no data");
		assertThat(cell(board, "KAZ").selectFirst("a.status-link").attr("href"))
			.isEqualTo("/progress/" + indicator + "/KAZ");
	}

	@Test
	void theOtsRowComesLastWhateverTheOrder() {
		for (String sort : List.of("state", indicator, "-" + indicator)) {
			List<String> rows = rowStates(page("/scoreboard?area=TRN&sort=" + sort));
			assertThat(rows.get(rows.size() - 1)).as(sort).isEqualTo("row-OTS");
		}
		assertThat(cell(page("/scoreboard?area=TRN"), "OTS").hasClass("status-substantial_progress")).isTrue();
	}

	@Test
	void aColumnSortsTheStatesByItsValueUpAndDownWithoutScript() {
		assertThat(rowStates(page("/scoreboard?area=TRN")).subList(0, 5))
			.containsExactly("row-AZE", "row-KAZ", "row-KGZ", "row-TUR", "row-UZB");
		Document ascending = page("/scoreboard?area=TRN&sort=" + indicator);
		assertThat(rowStates(ascending).subList(0, 5))
			.containsExactly("row-UZB", "row-KGZ", "row-TUR", "row-KAZ", "row-AZE");
		Element header = ascending.selectFirst("th:has(a[href*=sort=-" + indicator + "])");
		assertThat(header.attr("aria-sort")).isEqualTo("ascending");
		assertThat(rowStates(page("/scoreboard?area=TRN&sort=-" + indicator)).subList(0, 5))
			.containsExactly("row-AZE", "row-KAZ", "row-TUR", "row-KGZ", "row-UZB");
	}

	@Test
	void theYearFilterShowsTheLatestValueUpToThatYearAndSaysSo() {
		Document board = page("/scoreboard?area=TRN&year=2016");
		assertThat(cell(board, "KAZ").text()).contains("10.0", "(2015)").doesNotContain("12.0");
		assertThat(cell(board, "UZB").text()).doesNotContain("5.0");
		assertThat(cell(board, "UZB").hasClass("status-unable_to_assess")).isTrue();
		assertThat(board.getElementById("values-note").text()).contains("up to 2016");
	}

	@Test
	void theJsonHasTheSameCellsWithTheOtsRowLast() {
		JsonNode board = ApiClient.anonymous(port).get("/api/v1/scoreboard?area=TRN&year=2016&sort=-" + indicator).json();
		JsonNode rows = board.get("rows");
		JsonNode last = rows.get(rows.size() - 1);
		assertThat(last.get("state").asString()).isEqualTo("OTS");
		assertThat(last.get("aggregate").asBoolean()).isTrue();
		JsonNode first = rows.get(0);
		assertThat(first.get("state").asString()).isEqualTo("AZE");
		JsonNode cell = null;
		for (JsonNode c : first.get("cells")) {
			if (c.get("indicator").asString().equals(indicator)) {
				cell = c;
			}
		}
		assertThat(cell.get("status").asString()).isEqualTo("DETERIORATION");
		assertThat(cell.get("statusCode").asString()).isEqualTo("deterioration");
		assertThat(cell.get("value").asDouble()).isEqualTo(20.0);
		assertThat(cell.get("period").asString()).isEqualTo("2015");
	}

	@Test
	void aValueEnteredAfterTheBoardWasShownAppearsOnItsNextView() {
		assertThat(cell(page("/scoreboard?area=TRN"), "HUN").text()).isEqualTo("no data");
		assertThat(cell(page("/scoreboard?area=TRN&sort=" + indicator), "HUN").text()).isEqualTo("no data");
		Map<String, Object> value = Map.of("indicatorCode", indicator, "stateCode", "HUN", "period", "2021", "source",
				"Test", "value", "7.5");
		assertThat(ApiClient.as(port, TestAccounts.ANALYST).post("/api/v1/observations", value).status()).isEqualTo(201);
		assertThat(cell(page("/scoreboard?area=TRN"), "HUN").text()).contains("7.5", "(2021)");
		assertThat(cell(page("/scoreboard?area=TRN&sort=" + indicator), "HUN").text()).contains("7.5", "(2021)");
		assertThat(ApiClient.anonymous(port).get("/api/v1/scoreboard?area=TRN").body()).contains("\"value\":7.5");
	}

	@Test
	void aBoardKeptForVisitorsIsNeverSentToASignedInUserNorInAnotherLanguage() {
		HttpResponse<String> first = visitor.get("/scoreboard?area=TRN");
		HttpResponse<String> kept = visitor.get("/scoreboard?area=TRN");

		assertThat(kept.body()).isEqualTo(first.body()).doesNotContain("_csrf");
		assertThat(kept.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(WebSession.signedIn(port, TestAccounts.ANALYST).get("/scoreboard?area=TRN").body())
			.contains("<meta name=\"_csrf\"");
		WebSession russian = new WebSession(port);
		russian.get("/scoreboard?area=TRN&lang=ru");
		assertThat(russian.get("/scoreboard?area=TRN").body()).contains("lang=\"ru\"");
	}

	@Test
	void readingThePublicPagesOpensNoSessionForAVisitor() {
		for (String path : List.of("/scoreboard?area=TRN", "/states/AZE/profile", "/compare/" + indicator,
				"/progress/" + indicator + "/KAZ")) {
			assertThat(visitor.get(path).headers().allValues("set-cookie")).as(path)
				.noneMatch(cookie -> cookie.startsWith("SESSION=") || cookie.startsWith("JSESSIONID="));
		}
	}

	@Test
	void unknownAreasStatesAndIndicatorsAreClearNotFoundPages() {
		for (String path : List.of("/scoreboard?area=NOPE", "/states/XXX/profile", "/compare/NO.SUCH.INDICATOR",
				"/progress/NO.SUCH.INDICATOR/KAZ", "/progress/" + indicator + "/XXX", "/progress/" + indicator + "/HUN")) {
			HttpResponse<String> response = visitor.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("<h1");
		}
		assertThat(ApiClient.anonymous(port).get("/api/v1/scoreboard?area=NOPE").status()).isEqualTo(404);
		assertThat(visitor.get("/scoreboard?area=TRN&year=soon").statusCode()).isEqualTo(400);
	}

	@Test
	void theProfileShowsEveryIndicatorOfTheStateWithStatusValueAndChart() {
		Document profile = page("/states/AZE/profile");
		Element row = profile.getElementById("indicator-" + indicator);
		assertThat(row.text()).contains("Deterioration", "19.0", "2020");
		assertThat(row.selectFirst("td.status-deterioration a").attr("href")).isEqualTo("/progress/" + indicator + "/AZE");
		assertThat(row.selectFirst("[data-series]").attr("data-series")).contains("\"periods\":[\"2015\",\"2020\"]");
		assertThat(page("/states/AZE").select("a[href=/states/AZE/profile]")).isNotEmpty();
	}

	@Test
	void theComparisonChartsEveryStateAndTablesTheirStatuses() {
		Document compare = page("/compare/" + indicator);
		String chart = compare.getElementById("compare-chart").attr("data-series");
		assertThat(chart).contains("\"state\":\"KAZ\"", "\"state\":\"AZE\"", "\"state\":\"OTS\"");
		assertThat(compare.getElementById("state-TUR").text()).contains("Progress made but acceleration needed", "10.3");
		assertThat(compare.getElementById("state-KGZ").selectFirst("td.status-limited_progress")).isNotNull();
		assertThat(page("/indicators/" + indicator).select("a[href=/compare/" + indicator + "]")).isNotEmpty();
	}

	@Test
	void theExplanationShowsTheInputsAndTheFormulaWithItsNumbers() {
		Document explanation = page("/progress/" + indicator + "/KAZ");
		assertThat(explanation.getElementById("status").text()).contains("On track");
		assertThat(explanation.getElementById("inputs").text()).contains("10.0 (2015)", "12.0 (2020)", "Increase",
				"Growth against fixed thresholds (no target)");
		assertThat(explanation.getElementById("explanation").text())
			.contains("CAGR = (yt/y0)^(1/(t - t0)) - 1 = (12/10)^(1/5) - 1 = 3.71373%.");
		Document unassessable = page("/progress/" + indicator + "/UZB");
		assertThat(unassessable.getElementById("status").text()).contains("Unable to assess");
		assertThat(unassessable.getElementById("reason").text()).isNotBlank();
	}

	private Document page(String path) {
		HttpResponse<String> response = visitor.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private Element cell(Document board, String state) {
		return board.getElementById("row-" + state).selectFirst("td[data-indicator=" + indicator + "]");
	}

	private static List<String> rowStates(Document board) {
		return board.select("#scoreboard tbody tr").eachAttr("id");
	}

	@OnPostgres
	static class OnPostgresTest extends ProgressPagesTest {
	}
}
