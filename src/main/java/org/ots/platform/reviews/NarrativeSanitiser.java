package org.ots.platform.reviews;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Narratives are formatted text written in a browser and shown to other states and the public: only formatting
 * survives (paragraphs, lists, emphasis, tables, http(s) and mailto links). Scripts, event handlers, styles,
 * images and javascript: URLs are removed on the server, whatever the client sent.
 */
final class NarrativeSanitiser {

	private static final Safelist FORMATTING = Safelist.relaxed()
		.removeTags("img")
		.addTags("s", "hr")
		.removeProtocols("a", "href", "ftp")
		.addAttributes("a", "rel")
		.addEnforcedAttribute("a", "rel", "nofollow noopener");

	private NarrativeSanitiser() {
	}

	static String clean(String html) {
		if (html == null || html.isBlank()) {
			return null;
		}
		return Jsoup.clean(html, FORMATTING).trim();
	}

	/** The visible text of a narrative, for completeness checks. */
	static String textOf(String html) {
		return html == null ? "" : Jsoup.parse(html).text();
	}
}
