package org.ots.platform.identity;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Small helpers shared by the identity page tests. */
final class IdentityPages {

	static final Pattern INVITATION_PATH = Pattern.compile("/invitation/[0-9a-f]{48}");

	private IdentityPages() {
	}

	/** A user name no other test uses, so tests sharing one database never meet. */
	static String uniqueUsername(String prefix) {
		return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
	}

	static long idOf(JdbcClient jdbc, String username) {
		return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
	}

	static String invitationPath(String text) {
		Matcher matcher = INVITATION_PATH.matcher(text);
		if (!matcher.find()) {
			throw new AssertionError("No invitation link in:\n" + text);
		}
		return matcher.group();
	}

	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}
}
