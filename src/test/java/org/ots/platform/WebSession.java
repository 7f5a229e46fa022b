package org.ots.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session for page tests: keeps cookies, signs in through the login form and sends the
 * CSRF token of the last page with every form post, as a browser would.
 */
public class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final String base;
	private final HttpClient http;
	private String csrf;

	public WebSession(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public static WebSession signedIn(int port, String username) {
		WebSession session = new WebSession(port);
		HttpResponse<String> response = session.signIn(username, TestAccounts.passwordOf(username));
		String location = response.headers().firstValue("Location").orElse("");
		if (location.contains("error")) {
			throw new IllegalStateException("Sign-in of " + username + " failed");
		}
		return session;
	}

	public HttpResponse<String> signIn(String username, String password) {
		get("/login");
		return post("/login", Map.of("username", username, "password", password));
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), true);
	}

	/** Posts a form with the CSRF token of the last page fetched (fetch the form's page first). */
	public HttpResponse<String> post(String path, Map<String, String> form) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (csrf != null) {
			fields.putIfAbsent("_csrf", csrf);
		}
		String body = fields.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)), true);
	}

	/** Sends any request through this session (multipart uploads, htmx headers, ...). */
	public HttpResponse<String> send(HttpRequest.Builder request, boolean readCsrf) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (readCsrf) {
				Matcher matcher = CSRF.matcher(response.body());
				if (matcher.find()) {
					csrf = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
				}
			}
			return response;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public String csrfToken() {
		return csrf;
	}

	/**
	 * Makes sure the session holds a form token, as a browser that has a form open does. Pages carry the token
	 * only for signed-in users, so a visitor takes it from the sign-in form.
	 */
	public WebSession holdFormToken() {
		if (csrf == null) {
			get("/login");
		}
		return this;
	}

	public String baseUrl() {
		return base;
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
