package org.ots.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.ots.platform.Chromium;
import org.ots.platform.InChromium;
import org.ots.platform.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A visitor without an account in a real headless Chromium: opens the transport scoreboard, drills into
 * Azerbaijan's profile, sees the series' chart drawn, and opens the explanation of its deteriorating status.
 * Runs with -Dots.test.browser=true ({@link InChromium}).
 */
@IntegrationTest
@InChromium
class ProgressJourneyTest {

	@LocalServerPort
	int port;

	@Autowired
	ProgressBoardData data;

	Chromium chromium;
	WebDriver browser;

	@BeforeEach
	void openBrowser() {
		chromium = Chromium.start(port);
		browser = chromium.driver();
	}

	@AfterEach
	void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void visitorDrillsFromTheScoreboardIntoAStateAndTheExplanationOfAStatus() {
		String indicator = data.indicatorWithEveryStatus();

		chromium.open("/scoreboard?area=TRN");
		chromium.waitForText("Scoreboard: Transport");
		String cell = "#row-AZE td[data-indicator='" + indicator + "']";
		assertThat(browser.findElement(By.cssSelector(cell)).getAttribute("class")).contains("status-deterioration");
		assertThat(browser.findElement(By.cssSelector(cell + " abbr")).getText()).isEqualTo("DT");

		chromium.clickAndWait(browser.findElement(By.cssSelector("#row-AZE th a")));
		chromium.waitForText("Profile of Azerbaijan");
		String row = "#indicator-" + indicator.replace(".", "\\.");
		chromium.waiting().until(driver -> chromium.script("var el = document.querySelector(arguments[0] + ' [data-series]');"
				+ " return window.echarts && el && echarts.getInstanceByDom(el) != null", row));
		assertThat(browser.findElement(By.cssSelector(row)).getText()).contains("Deterioration", "19.0");

		chromium.clickAndWait(browser.findElement(By.cssSelector(row + " td.status-deterioration a")));
		chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("explanation")));
		assertThat(chromium.mainText()).contains("Deterioration", "20.0 (2015)", "19.0 (2020)",
				"CAGR = (yt/y0)^(1/(t - t0)) - 1 = (19/20)^(1/5) - 1");
	}
}
