package org.ots.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.monitoring.ProgressMonitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Renders the pages in Russian and Turkish and fails where a text of the English bundles shows instead: a label
 * written into a template, or a key missing in a translation.
 */
@IntegrationTest
class TranslatedPagesTest {

	private static final String SHARE = "TRN.EDOC.SHARE";
	private static final List<String> PUBLIC_PAGES = List.of("/", "/login", "/states", "/states/KAZ", "/indicators",
			"/indicators/" + SHARE, "/observations/history?indicator=" + SHARE + "&state=KAZ&period=2015",
			"/indicators/NO.SUCH", "/reviews", "/scoreboard?area=TRN&year=2020", "/states/KAZ/profile", "/compare/" + SHARE,
			"/progress/" + SHARE + "/KAZ", "/scoreboard?area=NOPE", "/products", "/institutions");
	private static final List<String> COORDINATOR_PAGES = List.of("/data/grid?area=TRN&from=2013&to=2016", "/states/KAZ",
			"/observations/history?indicator=" + SHARE + "&state=KAZ&period=2015", "/data/grid?state=AZE", "/scenarios",
			"/scenarios/compare");
	/** The writers' forms of the expert-analytical platform. */
	private static final List<String> EXPERT_PAGES = List.of("/scenarios/new", "/products/new");
	private static final Pattern TEXT = Pattern.compile(">([^<]+)<");
	private static final Pattern LABEL = Pattern.compile("(?:aria-label|title|placeholder|alt)=\"([^\"]*)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ProgressMonitor progress;

	long scenario;

	@BeforeEach
	void someData() {
		accounts.ensure();
		WebSession kaz = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ);
		kaz.get("/data/grid?area=TRN");
		Map<String, String> cell = new LinkedHashMap<>();
		cell.put("indicator", SHARE);
		cell.put("state", "KAZ");
		cell.put("period", "2015");
		cell.put("source", "Test statistics office");
		cell.put("value", "33");
		kaz.post("/data/grid/cell", cell);
		// the explanation page needs the value's progress, which is assessed after the edit, on another thread
		await().atMost(Duration.ofSeconds(20)).until(() -> progress.find(SHARE, "KAZ").isPresent());
		scenario = ApiClient.as(port, TestAccounts.EXPERT)
			.post("/api/v1/scenarios", Map.of("title", "Translated pages scenario", "rationale", "Checked in three languages.",
					"paths", List.of(Map.of("indicator", SHARE, "state", "KAZ", "kind", "LEVEL", "points", "2030=50"))))
			.json()
			.get("id")
			.asLong();
	}

	@Test
	void pagesInRussianAndTurkishShowNoEnglishLabels() {
		Map<String, String> english = Bundles.messages("en");
		List<String> leaks = new ArrayList<>();
		for (String language : List.of("ru", "tr")) {
			Map<String, String> translated = Bundles.messages(language);
			Map<String, Pattern> englishOnly = englishOnlyPatterns(english, translated);
			WebSession visitor = new WebSession(port);
			WebSession coordinator = WebSession.signedIn(port, TestAccounts.COORDINATOR_KAZ);
			PUBLIC_PAGES.forEach(page -> leaks.addAll(leaks(visitor, page, language, englishOnly)));
			COORDINATOR_PAGES.forEach(page -> leaks.addAll(leaks(coordinator, page, language, englishOnly)));
			WebSession expert = WebSession.signedIn(port, TestAccounts.EXPERT);
			EXPERT_PAGES.forEach(page -> leaks.addAll(leaks(expert, page, language, englishOnly)));
			leaks.addAll(leaks(coordinator, "/scenarios/" + scenario, language, englishOnly));
			leaks.addAll(leaks(expert, "/scenarios/" + scenario + "/edit", language, englishOnly));
			leaks.addAll(leaks(htmxCell(coordinator, language), "grid cell", englishOnly));
		}
		assertThat(leaks).isEmpty();
	}

	@Test
	void noPageShowsAMissingMessageMarker() {
		WebSession visitor = new WebSession(port);
		for (String language : Bundles.LANGUAGES) {
			for (String page : PUBLIC_PAGES) {
				assertThat(visitor.get(withLanguage(page, language)).body()).as(page + " in " + language).doesNotContain("??");
			}
		}
	}

	private static List<String> leaks(WebSession session, String page, String language, Map<String, Pattern> englishOnly) {
		return leaks(session.get(withLanguage(page, language)).body(), page + " (" + language + ")", englishOnly);
	}

	private static List<String> leaks(String html, String where, Map<String, Pattern> englishOnly) {
		String body = html.replaceAll("(?s)<script\\b.*?</script>", "");
		List<String> texts = new ArrayList<>();
		collect(TEXT.matcher(body), texts);
		collect(LABEL.matcher(body), texts);
		List<String> found = new ArrayList<>();
		for (String text : texts) {
			englishOnly.forEach((key, pattern) -> {
				if (pattern.matcher(text).matches()) {
					found.add(where + ": \"" + text + "\" is the English text of " + key);
				}
			});
		}
		return found;
	}

	/** A cell saved through htmx, refused: its message comes from the bundles too. */
	private String htmxCell(WebSession coordinator, String language) {
		coordinator.get("/data/grid?area=TRN&lang=" + language);
		String body = "indicator=" + SHARE + "&state=KAZ&period=2016&source=Test+statistics+office&value=abc";
		return coordinator.send(HttpRequest.newBuilder(URI.create(coordinator.baseUrl() + "/data/grid/cell"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("HX-Request", "true")
			.header("X-CSRF-TOKEN", coordinator.csrfToken())
			.POST(HttpRequest.BodyPublishers.ofString(body)), false).body();
	}

	private static void collect(Matcher matcher, List<String> texts) {
		while (matcher.find()) {
			String text = unescape(matcher.group(1)).strip();
			if (!text.isEmpty()) {
				texts.add(text);
			}
		}
	}

	/** English messages that differ in the translation, as patterns in which arguments match anything. */
	private static Map<String, Pattern> englishOnlyPatterns(Map<String, String> english, Map<String, String> translated) {
		Map<String, Pattern> patterns = new LinkedHashMap<>();
		english.forEach((key, value) -> {
			String literal = value.replaceAll("\\{\\d+}", "");
			if (value.equals(translated.get(key)) || literal.codePoints().noneMatch(Character::isLetter)) {
				return;
			}
			String[] parts = value.replace("''", "'").split("\\{\\d+}", -1);
			StringBuilder regex = new StringBuilder();
			for (int i = 0; i < parts.length; i++) {
				regex.append(Pattern.quote(parts[i]));
				if (i < parts.length - 1) {
					regex.append(".+?");
				}
			}
			patterns.put(key, Pattern.compile(regex.toString(), Pattern.DOTALL));
		});
		return patterns;
	}

	private static String withLanguage(String page, String language) {
		return page + (page.contains("?") ? "&" : "?") + "lang=" + language;
	}

	private static String unescape(String text) {
		return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
			.replace("&amp;", "&");
	}

	@OnPostgres
	static class OnPostgresTest extends TranslatedPagesTest {
	}
}
