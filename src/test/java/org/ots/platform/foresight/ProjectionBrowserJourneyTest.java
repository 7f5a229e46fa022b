package org.ots.platform.foresight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ots.platform.Chromium;
import org.ots.platform.InChromium;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A visitor, without signing in, finds a series in the list of projections and opens it: the fan is drawn (the
 * observations, the projection and both bands), the years are in the table and the target's probability is stated.
 * An expert writes a scenario for the same series and sees it drawn beside the baseline, there and on the projection.
 */
@IntegrationTest
@InChromium
class ProjectionBrowserJourneyTest {

	/** Renewable share of primary energy: increase desired; no other test uses it. */
	private static final String INDICATOR = "CLI.RENEW.PRIMARY";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProjectionUpdater updater;

	@Autowired
	TestAccounts accounts;

	Chromium chromium;
	WebDriver browser;
	WebDriverWait wait;

	@BeforeEach
	void projectASeriesAndOpenBrowser() {
		jdbc.sql("DELETE FROM observation WHERE indicator_code = ?").param(INDICATOR).update();
		jdbc.sql("DELETE FROM target WHERE indicator_code = ?").param(INDICATOR).update();
		jdbc.sql("INSERT INTO target (indicator_code, state_code, target_value, target_year, origin) VALUES (?, 'AZE', 25, 2030, 'Journey plan')")
			.param(INDICATOR).update();
		for (int year = 2012; year <= 2022; year++) {
			jdbc.sql("""
					INSERT INTO observation (indicator_code, state_code, period, obs_year, source, obs_value, status, reference,
					  illustrative, changed_by, changed_at, version)
					VALUES (?, 'AZE', ?, ?, 'Journey source', ?, 'FINAL', TRUE, FALSE, 'test', CURRENT_TIMESTAMP, 0)""")
				.params(INDICATOR, Integer.toString(year), year, 10 + 0.8 * (year - 2012) + (year % 2) * 0.4)
				.update();
		}
		updater.recompute(INDICATOR, "AZE");
		chromium = Chromium.start(port);
		browser = chromium.driver();
		wait = chromium.waiting();
	}

	@AfterEach
	void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aVisitorOpensAProjectionAndSeesTheFanTheYearsAndTheTargetProbability() {
		chromium.open("/projections?state=AZE&area=CLI");
		chromium.clickAndWait(browser.findElement(By.cssSelector("a[href$='/projections/" + INDICATOR + "/AZE']")));

		wait.until(driver -> chromium.script("return window.echarts && echarts.getInstanceByDom("
				+ "document.getElementById('projection-chart')) != null"));
		@SuppressWarnings("unchecked")
		List<String> drawn = (List<String>) chromium.script("""
				return echarts.getInstanceByDom(document.getElementById('projection-chart')).getOption().series
				  .map(function (s) { return s.name; });""");
		assertThat(drawn).contains("Observed", "Projection", "80% interval", "95% interval", "Target");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#projection-chart canvas")));
		assertThat(browser.findElement(By.id("projection-table")).getText()).contains("2023", "2030");
		assertThat(browser.findElement(By.id("target-outlook")).getText()).contains("Probability of meeting the target:");
		assertThat(browser.findElement(By.id("method")).getText()).contains("Method, parameters and fit");
	}

	@Test
	void anExpertWritesAScenarioAndSeesItDrawnBesideTheBaseline() {
		accounts.ensure();
		chromium.signIn(TestAccounts.EXPERT);
		chromium.open("/scenarios");
		chromium.clickAndWait(browser.findElement(By.id("new-scenario")));
		browser.findElement(By.id("title")).sendKeys("Journey solar push");
		browser.findElement(By.id("rationale")).sendKeys("Auctions of 2025 as awarded.");
		new Select(browser.findElement(By.id("indicator-0"))).selectByValue(INDICATOR);
		new Select(browser.findElement(By.id("state-0"))).selectByValue("AZE");
		new Select(browser.findElement(By.id("kind-0"))).selectByValue("LEVEL");
		browser.findElement(By.id("points-0")).sendKeys("2026=22; 2030=30");
		chromium.clickAndWait(browser.findElement(By.id("save-scenario")));

		chromium.waitForText("Saved as version 1.");
		assertThat(drawnSeries("scenario-chart-0")).contains("Journey solar push", "Observed", "Projection");
		assertThat(chromium.mainText()).contains("would be met");

		chromium.open("/projections/" + INDICATOR + "/AZE");
		assertThat(drawnSeries("projection-chart")).contains("Journey solar push", "Projection", "80% interval");
		assertThat(browser.findElement(By.id("projection-scenarios")).getText()).contains("Journey solar push");
	}

	@SuppressWarnings("unchecked")
	private List<String> drawnSeries(String chart) {
		wait.until(driver -> chromium.script("return window.echarts && echarts.getInstanceByDom("
				+ "document.getElementById(arguments[0])) != null", chart));
		return (List<String>) chromium.script("""
				return echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption().series
				  .map(function (s) { return s.name; });""", chart);
	}

	@OnPostgres
	static class OnPostgresTest extends ProjectionBrowserJourneyTest {
	}
}
