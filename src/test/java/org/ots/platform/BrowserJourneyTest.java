package org.ots.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * A national coordinator's day in a real headless Chromium: sign in, enter a value in the grid, find it in the
 * indicator's chart and table, follow it to its history, sign out. Runs with -Dots.test.browser=true when
 * Debian's chromium and chromedriver are installed.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "ots.test.browser", matches = "true")
@EnabledIf("org.ots.platform.BrowserJourneyTest#chromiumInstalled")
class BrowserJourneyTest {

	static final String CHROMIUM = "/usr/bin/chromium";
	static final String CHROMEDRIVER = "/usr/bin/chromedriver";
	static final String SHARE = "TRN.EDOC.SHARE";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	WebDriver browser;
	WebDriverWait wait;
	Path profile;

	static boolean chromiumInstalled() {
		return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
	}

	@BeforeEach
	void openBrowser() throws IOException {
		accounts.ensure();
		profile = Files.createTempDirectory("ots-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
		FileSystemUtils.deleteRecursively(profile.toFile());
	}

	@Test
	void coordinatorEntersAValueAndFindsItInChartTableAndHistory() {
		signIn(TestAccounts.COORDINATOR_KAZ);
		int year = LocalDate.now().getYear() - 1;
		String cellId = "cell-TRN_EDOC_SHARE-" + year;

		open("/data/grid");
		WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + cellId + " input[name=value]")));
		input.clear();
		input.sendKeys("47.5", Keys.TAB);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(cellId), "(version 0)"));

		open("/indicators/" + SHARE);
		wait.until(driver -> script("return window.echarts && echarts.getInstanceByDom(document.getElementById('indicator-chart')) != null"));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> series = (List<Map<String, Object>>) script("""
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

		// Chromium occasionally reports the freshly loaded page's button as detached; find it again and retry.
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class).until(driver -> {
			driver.findElement(By.cssSelector("form.account button[type=submit]")).click();
			return true;
		});
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "You have signed out."));
	}

	@Test
	void gridPageHasLandmarksLabelledInputsAndASkipLink() {
		signIn(TestAccounts.COORDINATOR_KAZ);
		open("/data/grid");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.data-grid")));
		assertThat(browser.findElements(By.tagName("header"))).hasSize(1);
		assertThat(browser.findElements(By.tagName("main"))).hasSize(1);
		assertThat(browser.findElements(By.tagName("nav"))).isNotEmpty();
		Object unlabelled = script("""
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

	private void signIn(String username) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(TestAccounts.passwordOf(username));
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.account")));
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path + (path.contains("?") ? "&" : "?") + "lang=en");
	}

	private Object script(String code) {
		return ((JavascriptExecutor) browser).executeScript(code);
	}

	@OnPostgres
	static class OnPostgresTest extends BrowserJourneyTest {
	}
}
