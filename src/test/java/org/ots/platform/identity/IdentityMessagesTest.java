package org.ots.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The identity pages speak English, Russian and Turkish: every label exists in all three. */
class IdentityMessagesTest {

	@Test
	void russianAndTurkishHaveEveryEnglishKeyAndNoOther() throws IOException {
		Properties english = load("");
		for (String language : new String[] { "_ru", "_tr" }) {
			Properties translated = load(language);
			assertThat(translated.stringPropertyNames()).as(language).isEqualTo(english.stringPropertyNames());
			translated.forEach((key, value) -> assertThat((String) value).as(language + " " + key).isNotBlank());
		}
	}

	@Test
	void messagesWithArgumentsAreValidMessageFormats() throws IOException {
		for (String language : new String[] { "", "_ru", "_tr" }) {
			load(language).forEach((key, value) -> {
				String text = (String) value;
				if (text.contains("{0}")) {
					String formatted = new MessageFormat(text).format(new Object[] { "A", "B", "C", "D" });
					assertThat(formatted).as(language + " " + key).contains("A").doesNotContain("{0}");
				}
			});
		}
	}

	private static Properties load(String suffix) throws IOException {
		Properties properties = new Properties();
		String name = "/messages/identity" + suffix + ".properties";
		try (Reader reader = new InputStreamReader(IdentityMessagesTest.class.getResourceAsStream(name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
