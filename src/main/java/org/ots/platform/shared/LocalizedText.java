package org.ots.platform.shared;

import java.util.Locale;

/** A text kept in the platform's three working languages; English stands in where a translation is missing. */
public record LocalizedText(String en, String ru, String tr) {

	public String in(Locale locale) {
		String chosen = switch (locale == null ? "en" : locale.getLanguage()) {
			case "ru" -> ru;
			case "tr" -> tr;
			default -> en;
		};
		return chosen == null || chosen.isBlank() ? en : chosen;
	}

	@Override
	public String toString() {
		return en;
	}
}
