package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.ots.platform.Chromium;
import org.ots.platform.InChromium;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.indicators.IndicatorCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A review of Kazakhstan as its people live it in the browser: the coordinator follows up last year's
 * recommendation, writes and submits the national report, Türkiye's examiner asks a written question, the
 * coordinator answers, the Secretariat records the meeting, adopts the recommendation and publishes, and a visitor
 * who is not signed in reads it all.
 * <p>
 * Only the steps between, whose pages other tests cover, are taken through the services: opening the cycle and
 * accepting the examiners, the Secretariat's analysis, and the calendar. The meeting is planned four weeks ahead, so
 * that the reports are already circulated and the questions on time; the meeting is then brought forward to today
 * (postponed and resumed with the new date), as README's "Running a review cycle by hand" does. Years 3100-3149.
 */
@IntegrationTest
@InChromium
class ReviewCycleJourneyTest {

	private static final AtomicInteger YEARS = new AtomicInteger(3100);
	private static final String QUESTION = "How many border crossings use the electronic queue?";
	private static final String ANSWER = "Seven of the twelve crossings, the rest by the end of the year.";
	private static final String CONCLUSIONS = "Kazakhstan has digitised most of its transit procedures.";
	private static final String RECOMMENDATION = "Extend the electronic queue to every border crossing.";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ReviewCycleService cycles;

	@Autowired
	ExaminerAssignments examinerAssignments;

	@Autowired
	Assignments assignments;

	@Autowired
	ReviewReportService reviewReports;

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	Chromium chromium;
	WebDriver browser;
	int year;
	long cycle;

	@BeforeEach
	void openBrowser() {
		accounts.ensure();
		chromium = Chromium.start(port);
		browser = chromium.driver();
	}

	/**
	 * The examiners of a later review may verify a state's earlier recommendations; this journey's cycle lies after
	 * most other tests' years, so its assignment is released, as the scenario test does with its own.
	 */
	@AfterEach
	void closeBrowserAndReleaseTheExaminers() {
		if (chromium != null) {
			chromium.close();
		}
		TestAccounts.actAsNobody();
		jdbc.sql("DELETE FROM review_assignment WHERE cycle_id = ?").param(cycle).update();
	}

	@Test
	void aCoordinatorSubmitsAnExaminerAsksTheSecretariatAdoptsAndAVisitorReadsThePublishedReview() {
		String earlier = lastYearsRecommendationToKazakhstan();
		theSecretariatOpensTheReviewOfKazakhstanWithTurkiyeAsExaminer();

		theCoordinatorFollowsUpLastYearsRecommendation(earlier);
		theCoordinatorWritesAndSubmitsTheNationalReport(earlier);
		String recommendation = theSecretariatAnalysesAndOpensTheQuestions();
		theExaminerAsksAWrittenQuestion();
		theCoordinatorAnswersIt();
		theMeetingIsBroughtForwardToToday();
		theSecretariatRecordsTheMeetingAdoptsAndPublishes(recommendation);
		aVisitorReadsThePublishedReview(recommendation);
	}

	private String lastYearsRecommendationToKazakhstan() {
		year = YEARS.addAndGet(2);
		ReviewFixtures fixtures = new ReviewFixtures(jdbc, new AtomicInteger(year - 2));
		long published = fixtures.cycle("PUBLISHED");
		return fixtures.recommendation(published, "KAZ", "AGREED", LocalDate.of(year, 6, 30));
	}

	private void theSecretariatOpensTheReviewOfKazakhstanWithTurkiyeAsExaminer() {
		accounts.actAs(TestAccounts.ANALYST);
		cycle = cycles.open(year, LocalDate.now().plusWeeks(4), Set.of("KAZ"), null).id();
		examinerAssignments.accept(cycle);
		List<String> examiners = assignments.examinerStates(cycle, "KAZ");
		if (!examiners.contains("TUR")) {
			examinerAssignments.change(cycle, "KAZ", List.of("TUR", examiners.get(0)), assignments.institutions(cycle, "KAZ"),
					"The journey follows Türkiye's examiner.", examinerAssignments.view(cycle).version());
		}
		cycles.advance(cycle);
		TestAccounts.actAsNobody();
	}

	private void theCoordinatorFollowsUpLastYearsRecommendation(String earlier) {
		chromium.signIn(TestAccounts.COORDINATOR_KAZ);
		openMyNationalReport();
		WebElement followUp = browser.findElement(By.linkText(earlier));
		chromium.clickAndWait(followUp);
		chromium.waitForText("Report progress");

		new Select(browser.findElement(By.id("status"))).selectByValue("IN_PROGRESS");
		browser.findElement(By.id("evidence")).sendKeys("Electronic queue at seven crossings");
		browser.findElement(By.id("period")).sendKeys(String.valueOf(year));
		submit(browser.findElement(By.cssSelector("main form.form")));
		chromium.waitForText("Electronic queue at seven crossings");
		assertThat(chromium.mainText()).contains("In progress The addressed state");
	}

	private void theCoordinatorWritesAndSubmitsTheNationalReport(String earlier) {
		openMyNationalReport();
		assertThat(chromium.mainText()).contains("Draft", "Still missing before the report can be submitted",
				earlier + ": Open the corridor. (IN_PROGRESS: Electronic queue at seven crossings)");

		List<String> areas = browser.findElements(By.cssSelector("article[id^=section-]")).stream()
			.map(a -> a.getAttribute("id").substring("section-".length()))
			.toList();
		assertThat(areas).hasSameSizeAs(catalog.areas());
		for (String area : areas) {
			WebElement narrative = browser.findElement(By.id("narrative-" + area));
			if (area.equals(areas.get(areas.size() - 1))) {
				browser.findElement(By.id("na-" + area)).click();
				browser.findElement(By.id("reason-" + area)).sendKeys("No programme of this area concerns Kazakhstan yet.");
			}
			else {
				narrative.sendKeys("Kazakhstan reports progress in " + area + ".");
			}
			submit(narrative.findElement(By.xpath("./ancestor::form")));
			chromium.waitForText("Section " + area + " saved.");
		}
		List<String> commitments = browser.findElements(By.cssSelector("select[id^=progress-]")).stream()
			.map(s -> s.getAttribute("id"))
			.toList();
		for (String id : commitments) {
			new Select(browser.findElement(By.id(id))).selectByValue("IN_PROGRESS");
			WebElement note = browser.findElement(By.id(id.replace("progress-", "note-")));
			note.sendKeys("Works started");
			submit(note.findElement(By.xpath("./ancestor::form")));
		}

		assertThat(chromium.mainText()).doesNotContain("Still missing")
			.contains("Kazakhstan reports progress in " + areas.get(0) + ".",
					"Not applicable: No programme of this area concerns Kazakhstan yet.");
		submit(browser.findElement(By.xpath("//button[normalize-space()='Submit the report']/ancestor::form")));
		chromium.waitForText("The report was submitted. It is now read-only.");
		assertThat(chromium.mainText()).contains("Status: Submitted");
		assertThat(browser.findElements(By.cssSelector("main textarea, main select, main input[type=file]")))
			.as("a submitted report has no form left").isEmpty();
		chromium.signOut();
	}

	private String theSecretariatAnalysesAndOpensTheQuestions() {
		accounts.actAs(TestAccounts.ANALYST);
		cycles.advance(cycle);
		cycles.advance(cycle);
		String area = catalog.areas().get(0).code();
		reviewReports.saveFinding(cycle, "KAZ", area, Assessment.PARTLY, "Transit is faster; the queue is not yet general.",
				null);
		Recommendation drafted = reviewReports.draftRecommendation(cycle, "KAZ", area, Priority.HIGH, null,
				LocalDate.of(year + 1, 6, 30), RECOMMENDATION);
		cycles.advance(cycle);
		assertThat(cycles.advance(cycle).status()).isEqualTo(CycleStatus.QUESTIONS_OPEN);
		TestAccounts.actAsNobody();
		return drafted.code();
	}

	private void theExaminerAsksAWrittenQuestion() {
		chromium.signIn(TestAccounts.EXAMINER);
		openFromTheCycleList("Questions to KAZ");
		chromium.waitForText("Ask a written question");
		String area = catalog.areas().get(1).code();
		new Select(browser.findElement(By.id("area"))).selectByValue(area);
		browser.findElement(By.id("question")).sendKeys(QUESTION);
		submit(browser.findElement(By.id("question")).findElement(By.xpath("./ancestor::form")));
		chromium.waitForText(QUESTION);
		assertThat(chromium.mainText()).contains("Section " + area + ", asked by TUR").doesNotContain("Asked after");
		chromium.signOut();
	}

	private void theCoordinatorAnswersIt() {
		chromium.signIn(TestAccounts.COORDINATOR_KAZ);
		openFromTheCycleList("Questions to KAZ");
		chromium.waitForText(QUESTION);
		WebElement answer = browser.findElement(By.cssSelector("article.question textarea[name=answer]"));
		answer.sendKeys(ANSWER);
		submit(answer.findElement(By.xpath("./ancestor::form")));
		chromium.waitForText(ANSWER);
		assertThat(browser.findElements(By.cssSelector("article.question textarea"))).as("answered once").isEmpty();
		chromium.signOut();
	}

	private void theMeetingIsBroughtForwardToToday() {
		accounts.actAs(TestAccounts.ANALYST);
		cycles.advance(cycle);
		cycles.postpone(cycle, "The ministers meet earlier, alongside the summit.");
		cycles.resume(cycle, LocalDate.now());
		assertThat(cycles.advance(cycle).status()).isEqualTo(CycleStatus.REVIEW_MEETING);
		TestAccounts.actAsNobody();
	}

	private void theSecretariatRecordsTheMeetingAdoptsAndPublishes(String recommendation) {
		chromium.signIn(TestAccounts.ANALYST);
		chromium.open("/reviews");
		chromium.clickAndWait(rowOfTheCycle().findElement(By.linkText(String.valueOf(year))));
		chromium.clickAndWait(browser.findElement(By.linkText("Review report of KAZ")));

		WebElement date = browser.findElement(By.id("m-date"));
		// a date field's typed format follows the browser's locale; a date picker sets the value itself
		chromium.script("arguments[0].value = arguments[1];", date, LocalDate.now().toString());
		browser.findElement(By.id("m-participants")).sendKeys("The member states, Hungary as observer");
		browser.findElement(By.id("m-conclusions")).sendKeys(CONCLUSIONS);
		submit(date.findElement(By.xpath("./ancestor::form")));
		chromium.waitForText(CONCLUSIONS);

		new Select(browser.findElement(By.id("adopt-" + recommendation))).selectByValue("AGREED");
		submit(browser.findElement(By.id("adopt-" + recommendation)).findElement(By.xpath("./ancestor::form")));
		WebElement row = browser.findElement(By.xpath("//tr[th/a[normalize-space()='" + recommendation + "']]"));
		assertThat(row.getText()).contains("Agreed", RECOMMENDATION);

		chromium.clickAndWait(browser.findElement(By.linkText("Review cycle " + year)));
		for (String step : List.of("Drafting conclusions", "Adopted", "Published")) {
			submit(browser.findElement(By.xpath("//button[normalize-space()='Move to: " + step + "']/ancestor::form")));
			chromium.waitForText("Saved.");
			assertThat(browser.findElement(By.cssSelector("dl.facts strong")).getText()).isEqualTo(step);
		}
		assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("Adopted on",
				LocalDate.now().toString());
		chromium.signOut();
	}

	private void aVisitorReadsThePublishedReview(String recommendation) {
		chromium.clickAndWait(browser.findElement(By.linkText("Reviews")));
		assertThat(rowOfTheCycle().getText()).contains("Published");

		openFromTheCycleList("National report of KAZ");
		assertThat(chromium.mainText()).contains("Status: Submitted", "Kazakhstan reports progress in")
			.doesNotContain("Submit the report");
		openFromTheCycleList("Review report of KAZ");
		assertThat(chromium.mainText()).contains("Transit is faster", CONCLUSIONS, recommendation, "Agreed")
			.doesNotContain("Draft: shared only");
		openFromTheCycleList("Questions to KAZ");
		assertThat(chromium.mainText()).contains(QUESTION, ANSWER).doesNotContain("Ask a written question");

		chromium.clickAndWait(browser.findElement(By.linkText("Recommendations")));
		new Select(browser.findElement(By.id("state"))).selectByValue("KAZ");
		submit(browser.findElement(By.cssSelector("form.filters")));
		assertThat(recommendation).matches("KAZ-" + year + "-[A-Z]+-01");
		chromium.clickAndWait(browser.findElement(By.linkText(recommendation)));
		assertThat(chromium.mainText()).contains(recommendation, RECOMMENDATION, "Agreed")
			.doesNotContain("Report progress");
	}

	private void openMyNationalReport() {
		openFromTheCycleList("Your national report (KAZ)");
		chromium.waitForText("National report of KAZ for " + year);
	}

	/** Follows a link in this cycle's row of the list of review cycles, as anyone finds the cycle's pages. */
	private void openFromTheCycleList(String link) {
		chromium.open("/reviews");
		chromium.clickAndWait(rowOfTheCycle().findElement(By.linkText(link)));
	}

	private WebElement rowOfTheCycle() {
		return browser.findElement(By.xpath("//tr[th[normalize-space()='" + year + "']]"));
	}

	/** Submits a form with its button and waits for the page the redirect after the post leads to. */
	private void submit(WebElement form) {
		chromium.clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
	}

	@OnPostgres
	static class OnPostgresTest extends ReviewCycleJourneyTest {
	}
}
