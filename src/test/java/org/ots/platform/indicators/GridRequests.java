package org.ots.platform.indicators;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.ots.platform.WebSession;

/** Posts a grid cell the way htmx does: a form body, the HX-Request header and the CSRF token as a header. */
final class GridRequests {

	private GridRequests() {
	}

	/** Takes the CSRF token of a fresh grid page first, as the browser has it from the page it posts from. */
	static HttpResponse<String> postCell(WebSession session, Map<String, String> form) {
		// The token changes at sign-in, so take it from a page of the signed-in session.
		session.get("/data/grid?area=TRN&from=2020&to=2020");
		String body = form.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		return session.send(HttpRequest.newBuilder(URI.create(session.baseUrl() + "/data/grid/cell"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("HX-Request", "true")
			.header("X-CSRF-TOKEN", session.csrfToken())
			.POST(HttpRequest.BodyPublishers.ofString(body)), false);
	}

	static Map<String, String> cell(String indicator, String state, String period, String value) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("indicator", indicator);
		form.put("state", state);
		form.put("period", period);
		form.put("source", "Test statistics office");
		form.put("value", value);
		return form;
	}

	static Map<String, String> cell(String indicator, String state, String period, String value, int version) {
		Map<String, String> form = cell(indicator, state, period, value);
		form.put("version", Integer.toString(version));
		return form;
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
