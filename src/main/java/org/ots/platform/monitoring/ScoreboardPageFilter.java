package org.ots.platform.monitoring;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Sends visitors who are not signed in the scoreboard page as it was last drawn for the same address and language,
 * without going through the controller and the page layout again: the public reads the board far more often than
 * data change, and the page then differs between visitors in nothing (it carries no form token and no name). Runs
 * after the security filters, so their headers are still written; signed-in users, whose header shows their
 * name and whose forms carry a token, always get a fresh page. Dropped with the rest of {@link ScoreboardCache}.
 */
@Component
class ScoreboardPageFilter extends OncePerRequestFilter {

	private static final String LANGUAGE_COOKIE = "ots-lang";

	private final ScoreboardCache cache;

	ScoreboardPageFilter(ScoreboardCache cache) {
		this.cache = cache;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// A language change (?lang=) answers with a cookie, which a kept page would not carry.
		return !"GET".equals(request.getMethod()) || !"/scoreboard".equals(request.getServletPath())
				|| request.getParameter("lang") != null || request.getUserPrincipal() != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		ScoreboardCache.CachedPage kept = cache.page(key);
		if (kept != null) {
			response.setContentType(kept.contentType());
			if (kept.contentLanguage() != null) {
				response.setHeader(HttpHeaders.CONTENT_LANGUAGE, kept.contentLanguage());
			}
			response.setContentLength(kept.body().length);
			response.getOutputStream().write(kept.body());
			return;
		}
		ContentCachingResponseWrapper drawn = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, drawn);
		if (drawn.getStatus() == HttpServletResponse.SC_OK && !drawn.containsHeader(HttpHeaders.SET_COOKIE)
				&& drawn.getContentType() != null && drawn.getContentType().startsWith("text/html")
				&& request.getUserPrincipal() == null) {
			cache.keepPage(key, new ScoreboardCache.CachedPage(drawn.getContentAsByteArray(), drawn.getContentType(),
					drawn.getHeader(HttpHeaders.CONTENT_LANGUAGE)));
		}
		drawn.copyBodyToResponse();
	}

	/** The address, and what decides the page's language: the language cookie, else the browser's preference. */
	private static String key(HttpServletRequest request) {
		String language = Optional.ofNullable(request.getCookies())
			.flatMap(cookies -> Arrays.stream(cookies).filter(c -> LANGUAGE_COOKIE.equals(c.getName())).findFirst())
			.map(Cookie::getValue)
			.orElse("");
		return request.getContextPath() + request.getServletPath() + "?" + request.getQueryString() + "|" + language
				+ "|" + request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
	}
}
