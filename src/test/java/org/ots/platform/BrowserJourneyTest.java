package org.ots.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A national coordinator's day in a real headless Chromium: sign in, enter a value in the grid, find it in the
 * indicator's chart and table, follow it to its history, sign out. Runs with -Dots.test.browser=true when
 * Debian's chromium and chromedriver are installed ({@link InChromium}).
 */
@IntegrationTest
@InChromium
class BrowserJourneyTest {

	static final String SHARE = "TRN.EDOC.SHARE";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	Chromium chromium;
	WebDriver browser;
	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		accounts.ensure();
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
	void coordinatorEntersAValueAndFindsItInChartTableAndHistory() {
		chromium.signIn(TestAccounts.COORDINATOR_KAZ);
		int year = LocalDate.now().getYear() - 1;
		String cellId = "cell-TRN_EDOC_SHARE-" + year;

		chromium.open("/data/grid");
		WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + cellId + " input[name=value]")));
		input.clear();
		input.sendKeys("47.5", Keys.TAB);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(cellId), "(version 0)"));

		chromium.open("/indicators/" + SHARE);
		wait.until(driver -> chromium.script("return window.echarts && echarts.getInstanceByDom(document.getElementById('indicator-chart')) != null"));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> series = (List<Map<String, Object>>) chromium.script("""
				return echarts.getInstanceByDom(document.getElementById('indicator-chart')).getOption().series
				  .map(function (s) { return { id: s.id, name: s.name,
				    values: s.data.filter(function (p) { return p; }).map(function (p) { return p.value; }) }; });""");
		assertThat(series).anySatisfy(line -> {
			assertThat(line.get("id")).isEqualTo("KAZ");
			assertThat(line.get("name")).isEqualTo("Kazakhstan");
			assertThat((List<?>) line.get("values")).anySatisfy(v -> assertThat(((Number) v).doubleValue()).isEqualTo(47.5));
		});
		WebElement table = browser.findElement(By.id("values-table"));
		assertThat(table.getText()).contains("47.5");

		WebElement history = table.findElement(By.cssSelector("a[href*='state=KAZ'][href*='period=" + year + "']"));
		history.click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Current values by source"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("47.5", "IRU / national customs",
				TestAccounts.COORDINATOR_KAZ);

		chromium.signOut();
	}

	@Test
	void gridPageHasLandmarksLabelledInputsAndASkipLink() {
		chromium.signIn(TestAccounts.COORDINATOR_KAZ);
		chromium.open("/data/grid");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.data-grid")));
		assertThat(browser.findElements(By.tagName("header"))).hasSize(1);
		assertThat(browser.findElements(By.tagName("main"))).hasSize(1);
		assertThat(browser.findElements(By.tagName("nav"))).isNotEmpty();
		Object unlabelled = chromium.script("""
				return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea')).filter(function (el) {
				  return !el.getAttribute('aria-label') && !el.closest('label')
				    && !(el.id && document.querySelector('label[for="' + el.id + '"]'));
				}).map(function (el) { return el.outerHTML; });""");
		assertThat((List<?>) unlabelled).isEmpty();

		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement focused = browser.switchTo().activeElement();
		assertThat(focused.getAttribute("class")).isEqualTo("skip-link");
		assertThat(focused.getAttribute("href")).endsWith("#main");
	}

	@OnPostgres
	static class OnPostgresTest extends BrowserJourneyTest {
	}
}
