package org.ots.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.ots.platform.commitments.InitiativeKind;
import org.ots.platform.identity.Role;
import org.ots.platform.indicators.Direction;
import org.ots.platform.indicators.ObservationStatus;
import org.ots.platform.states.State;

/**
 * Every label exists in English, Russian and Turkish, and no template carries text that is not replaced by a
 * message: a missing translation fails here, not in front of a reader.
 */
class TranslationsTest {

	private static final Path TEMPLATES = Bundles.RESOURCES.resolve("templates");
	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)");
	private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([\\w.-]+)'\\s*\\+");
	/** The values a dynamic key (#{'prefix.' + ${...}}) can take; a new dynamic key must be registered here. */
	private static final List<String> LANGUAGE_SUFFIXES = List.of("En", "Ru", "Tr");
	private static final Map<String, List<String>> DYNAMIC_VALUES = Map.ofEntries(
			Map.entry("role.", names(Role.values())),
			Map.entry("states.kind.", names(State.Kind.values())),
			Map.entry("indicator.direction.", names(Direction.values())),
			Map.entry("indicator.periodicity.", List.of("ANNUAL", "QUARTERLY", "MONTHLY")),
			Map.entry("observation.status.", names(ObservationStatus.values())),
			Map.entry("history.kind.", List.of("UPDATE", "DELETE", "IMPORT")),
			Map.entry("commitments.kind.", names(InitiativeKind.values())),
			// review cycles (templates/reviews/cycle-*.html)
			// composite indices (templates/monitoring/index*.html)
			Map.entry("indices.normalisation.", List.of("MIN_MAX", "Z_SCORE", "DISTANCE_TO_MEAN", "RANK", "PERCENTILE")),
			Map.entry("indices.aggregation.", List.of("ARITHMETIC", "GEOMETRIC")),
			Map.entry("cycle.status.", names(org.ots.platform.reviews.CycleStatus.values())),
			Map.entry("cycle.policy.", names(org.ots.platform.reviews.ObserverPolicy.values())),
			Map.entry("cycle.deadline.", names(org.ots.platform.reviews.DeadlineKind.values())),
			Map.entry("cycle.questionsFrom.", names(org.ots.platform.reviews.QuestionsFrom.values())),
			Map.entry("cycle.report.", List.of("SUBMITTED", "DRAFT", "RETURNED", "NOT_STARTED", "NONE")),
			Map.entry("commitments.field.text", LANGUAGE_SUFFIXES),
			Map.entry("commitments.field.summary", LANGUAGE_SUFFIXES),
			Map.entry("commitments.field.title", LANGUAGE_SUFFIXES),
			Map.entry("framework.field.name", LANGUAGE_SUFFIXES),
			Map.entry("framework.direction.", names(Direction.values())),
			Map.entry("framework.periodicity.", List.of("ANNUAL", "QUARTERLY", "MONTHLY")),
			// ImportFormat and ImportJob.Status of indicators.imports, internal to that package.
			// review analysis, questions and recommendations (templates/reviews/review-*, recommendation-*)
			Map.entry("qa.assessment.", names(org.ots.platform.reviews.Assessment.values())),
			Map.entry("qa.priority.", names(org.ots.platform.reviews.Priority.values())),
			Map.entry("qa.status.", names(org.ots.platform.reviews.RecommendationStatus.values())),
			Map.entry("qa.asserter.", names(org.ots.platform.reviews.Asserter.values())),
			// monitoring: alert rules and the board (templates/monitoring/*.html)
			Map.entry("alerts.severity.", names(org.ots.platform.monitoring.AlertSeverity.values())),
			Map.entry("alerts.kind.", names(org.ots.platform.monitoring.AlertKind.values())),
			// scenarios (templates/foresight/scenario*.html)
			Map.entry("scenarios.kind.", names(org.ots.platform.foresight.PathKind.values())),
			// progress pages (templates/monitoring/scoreboard, profile, compare, progress)
			Map.entry("progress.status.", names(org.ots.platform.monitoring.ProgressStatus.values())),
			Map.entry("progress.abbr.", names(org.ots.platform.monitoring.ProgressStatus.values())),
			Map.entry("progress.method.", List.of("TARGET", "NO_TARGET", "NONE")),
			Map.entry("alerts.comparison.", List.of("ABOVE", "BELOW", "EITHER")),
			Map.entry("alerts.changeMode.", List.of("ABSOLUTE", "PERCENT")),
			// foresight: projection pages (templates/foresight/*.html)
			Map.entry("projections.direction.", List.of("INCREASE", "DECREASE")),
			Map.entry("projections.method.", names(org.ots.platform.foresight.ProjectionMethod.values())),
			Map.entry("alerts.outlierMethod.", List.of("MODIFIED_Z", "IQR")),
			// analytical products (templates/experts/*.html)
			Map.entry("products.kind.", names(org.ots.platform.experts.ProductKind.values())),
			Map.entry("products.status.", names(org.ots.platform.experts.ProductStatus.values())),
			Map.entry("products.move.", List.of("CREATE", "SUBMIT", "PUBLISH", "RETURN", "WITHDRAW")),
			Map.entry("imports.format.", List.of("TIDY", "SDMX_CSV", "OWID", "WB")),
			Map.entry("imports.status.", List.of("QUEUED", "VALIDATING", "NEEDS_MAPPING", "WRITING", "DONE", "REJECTED",
					"FAILED")),
			// The text and number fields of the framework forms (templates/framework/fields.html).
			Map.entry("framework.field.", List.of("code", "nameEn", "nameRu", "nameTr", "definitionEn", "definitionRu",
					"definitionTr", "unit", "decimals", "lowerLimit", "upperLimit", "source", "sourceUrl", "methodology",
					"formula", "value", "year", "origin", "sortOrder")));
	private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
			"meta", "source", "track", "wbr");
	private static final Set<String> COVERING = Set.of("th:text", "th:utext", "th:replace", "th:insert");
	private static final List<String> TEXT_ATTRIBUTES = List.of("aria-label", "title", "placeholder", "alt");
	private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][\\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>");
	private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

	@Test
	void everyKeyUsedByTemplatesExistsInAllThreeLanguages() throws IOException {
		List<String> missing = new ArrayList<>();
		for (String language : Bundles.LANGUAGES) {
			Map<String, String> messages = Bundles.messages(language);
			for (String key : keysUsedByTemplates()) {
				if (!messages.containsKey(key)) {
					missing.add(language + ": " + key);
				}
			}
		}
		assertThat(missing).as("keys used in templates but missing in a bundle").isEmpty();
	}

	@Test
	void everyKeyOfABaseBundleIsTranslated() {
		List<String> missing = new ArrayList<>();
		for (String basename : Bundles.presentBasenames()) {
			Set<String> base = Bundles.load(Bundles.file(basename, "en")).stringPropertyNames();
			for (String language : List.of("ru", "tr")) {
				Path file = Bundles.file(basename, language);
				Set<String> translated = Files.exists(file) ? Bundles.load(file).stringPropertyNames() : Set.of();
				base.stream().filter(k -> !translated.contains(k)).forEach(k -> missing.add(file + ": " + k));
				translated.stream().filter(k -> !base.contains(k)).forEach(k -> missing.add(file + " (not in base): " + k));
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHaveNoTextThatIsNotReplacedByAMessage() throws IOException {
		List<String> untranslated = new ArrayList<>();
		for (Path template : templates()) {
			untranslated.addAll(untranslatedText(template));
		}
		assertThat(untranslated).as("text in templates not covered by th:text (or th:attr)").isEmpty();
	}

	@Test
	void scanFindsTextAndLabelsLeftInEnglish(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
		Path sample = dir.resolve("sample.html");
		Files.writeString(sample, """
				<section><h1 th:text="#{a}">Replaced</h1><p>Left <b>in</b> English</p>
				<input aria-label="Year"><input aria-label="x" th:aria-label="#{b}"><a lang="ru">Русский</a></section>""");
		assertThat(untranslatedText(sample)).containsExactly("sample.html: Left", "sample.html: in",
				"sample.html: English", "sample.html: aria-label=\"Year\"");
	}

	static Set<String> keysUsedByTemplates() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Path template : templates()) {
			String html = Files.readString(template, StandardCharsets.UTF_8);
			Matcher plain = KEY.matcher(html);
			while (plain.find()) {
				keys.add(trimTrailingDot(plain.group(1)));
			}
			Matcher dynamic = DYNAMIC_KEY.matcher(html);
			while (dynamic.find()) {
				String prefix = dynamic.group(1);
				assertThat(DYNAMIC_VALUES).as("values of the dynamic key '%s' in %s", prefix, template).containsKey(prefix);
				DYNAMIC_VALUES.get(prefix).forEach(value -> keys.add(prefix + value));
			}
		}
		return keys;
	}

	/** Text nodes and labelling attributes that no th: attribute replaces, as "file: text". */
	static List<String> untranslatedText(Path template) throws IOException {
		String html = Files.readString(template, StandardCharsets.UTF_8)
			.replaceAll("(?s)<!--.*?-->|<!DOCTYPE[^>]*>", "")
			.replaceAll("(?s)(<script\\b[^>]*>).*?(</script>)", "$1$2")
			.replaceAll("(?s)(<style\\b[^>]*>).*?(</style>)", "$1$2");
		List<String> found = new ArrayList<>();
		Deque<Map<String, String>> open = new ArrayDeque<>();
		Deque<String> names = new ArrayDeque<>();
		Matcher tag = TAG.matcher(html);
		int textStart = 0;
		while (tag.find()) {
			String text = html.substring(textStart, tag.start()).trim();
			if (text.codePoints().anyMatch(Character::isLetter) && !covered(open)) {
				found.add(template.getFileName() + ": " + text);
			}
			textStart = tag.end();
			String name = tag.group(2).toLowerCase();
			if (!tag.group(1).isEmpty()) {
				while (!names.isEmpty()) {
					open.pop();
					if (names.pop().equals(name)) {
						break;
					}
				}
				continue;
			}
			Map<String, String> attributes = attributes(tag.group(3));
			for (String attribute : TEXT_ATTRIBUTES) {
				String value = attributes.get(attribute);
				boolean replaced = attributes.containsKey("th:" + attribute)
						|| attributes.getOrDefault("th:attr", "").contains(attribute + "=");
				if (value != null && value.codePoints().anyMatch(Character::isLetter) && !replaced) {
					found.add(template.getFileName() + ": " + attribute + "=\"" + value + "\"");
				}
			}
			if (!VOID.contains(name) && tag.group(4).isEmpty()) {
				open.push(attributes);
				names.push(name);
			}
		}
		return found;
	}

	/** Text inside an element whose content a th: attribute replaces, or written in its own language (lang=). */
	private static boolean covered(Deque<Map<String, String>> open) {
		if (!open.isEmpty() && open.peek().containsKey("lang")) {
			return true;
		}
		return open.stream().anyMatch(attributes -> attributes.keySet().stream().anyMatch(COVERING::contains));
	}

	private static Map<String, String> attributes(String text) {
		Map<String, String> attributes = new java.util.HashMap<>();
		Matcher matcher = ATTRIBUTE.matcher(text);
		while (matcher.find()) {
			String value = matcher.group(2);
			attributes.put(matcher.group(1), value.substring(1, value.length() - 1));
		}
		// Attributes without a value (defer, required) matter only by name.
		Arrays.stream(text.replaceAll("\"[^\"]*\"|'[^']*'", "").split("\\s+"))
			.filter(a -> !a.isBlank() && !a.contains("="))
			.forEach(a -> attributes.putIfAbsent(a, ""));
		return attributes;
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static String trimTrailingDot(String key) {
		return key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}
}
