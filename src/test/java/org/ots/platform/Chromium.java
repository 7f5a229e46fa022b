package org.ots.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium, driven through its chromedriver against the test server, with a fresh profile per
 * browser and the steps every journey shares: open a page in English, sign in through the login form, sign out.
 */
public final class Chromium implements AutoCloseable {

	static final String BINARY = "/usr/bin/chromium";
	static final String DRIVER = "/usr/bin/chromedriver";

	private final int port;
	private final Path profile;
	private final WebDriver driver;
	private final WebDriverWait wait;

	private Chromium(int port, Path profile, WebDriver driver) {
		this.port = port;
		this.profile = profile;
		this.driver = driver;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
	}

	/** Whether the browser and its driver are installed; {@link InChromium} skips the test otherwise. */
	static boolean installed() {
		return new File(BINARY).canExecute() && new File(DRIVER).canExecute();
	}

	public static Chromium start(int port) {
		Path profile;
		try {
			profile = Files.createTempDirectory("ots-chromium");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.build();
		return new Chromium(port, profile, new ChromeDriver(service, options));
	}

	public WebDriver driver() {
		return driver;
	}

	public WebDriverWait waiting() {
		return wait;
	}

	/** Opens a page of the test server in English. */
	public void open(String path) {
		driver.get("http://localhost:" + port + path + (path.contains("?") ? "&" : "?") + "lang=en");
	}

	public void signIn(String username) {
		open("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(TestAccounts.passwordOf(username));
		driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.account")));
	}

	/** Signs out with the header's button and waits for the page that says so. */
	public void signOut() {
		// Chromium occasionally reports the freshly loaded page's button as detached; find it again and retry.
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(d -> {
			d.findElement(By.cssSelector("form.account button[type=submit]")).click();
			return true;
		});
		waitForText("You have signed out.");
	}

	/** The text of the page's main landmark. */
	public String mainText() {
		return driver.findElement(By.tagName("main")).getText();
	}

	public void waitForText(String text) {
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
	}

	/** Clicks an element and waits until the page it leads to (or the same page, reloaded) has replaced it. */
	public void clickAndWait(WebElement element) {
		element.click();
		wait.until(driver -> isGone(element));
	}

	/**
	 * Whether the element's page was replaced. While the next page loads, Chromium may report a node of the old
	 * one as not belonging to the document rather than as stale; both mean it is gone.
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException e) {
			return true;
		}
		catch (WebDriverException e) {
			if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw e;
		}
	}

	public Object script(String code, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(code, arguments);
	}

	@Override
	public void close() {
		driver.quit();
		FileSystemUtils.deleteRecursively(profile.toFile());
	}
}
