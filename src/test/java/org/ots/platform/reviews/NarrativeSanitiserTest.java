package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NarrativeSanitiserTest {

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script><p>Text</p>", "<p onclick=\"alert(1)\">Text</p>",
			"<img src=x onerror=alert(1)><p>Text</p>", "<a href=\"javascript:alert(1)\">Text</a>",
			"<a href=\"JaVaScRiPt:alert(1)\">Text</a>", "<a href=\"&#106;avascript:alert(1)\">Text</a>",
			"<svg onload=alert(1)><p>Text</p></svg>", "<iframe src=\"https://evil.example\"></iframe><p>Text</p>",
			"<p style=\"background:url(javascript:alert(1))\">Text</p>", "<math><mi xlink:href=\"javascript:alert(1)\">Text</mi></math>",
			"<body onload=alert(1)><p>Text</p>", "<p>Text</p><object data=\"x.swf\"></object>",
			"<scr<script>ipt>alert(1)</script><p>Text</p>" })
	void noScriptHandlerOrJavascriptUrlSurvives(String payload) {
		String clean = NarrativeSanitiser.clean(payload).toLowerCase();

		assertThat(clean).doesNotContain("<script", "javascript:", "onerror", "onclick", "onload", "<iframe", "<svg",
				"<img", "<object", "style=");
		assertThat(NarrativeSanitiser.textOf(clean)).contains("text");
	}

	@Test
	void formattingSurvives() {
		String html = "<h3>Rail</h3><p>Cargo <strong>grew</strong> by <em>12%</em>.</p><ul><li>Aktau port</li></ul>"
				+ "<a href=\"https://example.org/report\">source</a>";

		String clean = NarrativeSanitiser.clean(html);

		assertThat(clean).contains("<h3>Rail</h3>", "<strong>grew</strong>", "<em>12%</em>", "<li>Aktau port</li>",
				"href=\"https://example.org/report\"", "rel=\"nofollow noopener\"");
	}

	@Test
	void blankBecomesNothing() {
		assertThat(NarrativeSanitiser.clean("  ")).isNull();
	}
}
