package org.ots.platform;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The message bundles named by spring.messages.basename, read from the sources in each working language. */
final class Bundles {

	static final Path RESOURCES = Path.of("src", "main", "resources");
	static final List<String> LANGUAGES = List.of("en", "ru", "tr");

	private Bundles() {
	}

	static List<String> basenames() {
		Properties application = load(RESOURCES.resolve("application.properties"));
		return Arrays.stream(application.getProperty("spring.messages.basename").split(",")).map(String::trim).toList();
	}

	/** Basenames that exist (other modules' bundles may not be written yet). */
	static List<String> presentBasenames() {
		List<String> present = new ArrayList<>();
		for (String basename : basenames()) {
			if (Files.exists(file(basename, "en"))) {
				present.add(basename);
			}
		}
		return present;
	}

	static Path file(String basename, String language) {
		return RESOURCES.resolve(basename + ("en".equals(language) ? "" : "_" + language) + ".properties");
	}

	/** All messages of one language, over all bundles. */
	static Map<String, String> messages(String language) {
		Map<String, String> all = new LinkedHashMap<>();
		for (String basename : presentBasenames()) {
			Path file = file(basename, language);
			if (Files.exists(file)) {
				load(file).forEach((k, v) -> all.putIfAbsent((String) k, (String) v));
			}
		}
		return all;
	}

	static Properties load(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return properties;
	}
}
