package org.ots.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ots.platform.identity.IdentityPages.idOf;
import static org.ots.platform.identity.IdentityPages.location;
import static org.ots.platform.identity.IdentityPages.uniqueUsername;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-in throttling, deactivation, and the protections every page carries (headers, CSRF, cookies). */
@IntegrationTest
class SignInHardeningTest {

	private static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserAccounts userAccounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void accounts() {
		accounts.ensure();
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
		String username = freshAccount();
		WebSession guesser = new WebSession(port);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(location(guesser.signIn(username, "wrong guess number " + attempt))).contains("error");
		}
		assertThat(location(new WebSession(port).signIn(username, PASSWORD))).contains("error");

		Map<String, Object> lock = jdbc
			.sql("SELECT actor, after_value FROM audit_entry WHERE action = 'LOCK' AND entity_type = 'User' AND entity_id = ?")
			.param(username)
			.query()
			.singleRow();
		assertThat(lock.get("actor")).isEqualTo("system");
		assertThat((String) lock.get("after_value")).contains("after 5 failed sign-ins");
		assertThat(WebSession.signedIn(port, TestAccounts.ADMIN).get("/users").body()).containsPattern(
				"(?s)" + username + "</th>.*?locked</span>");
	}

	@Test
	void fourWrongPasswordsDoNotLockAndASuccessResetsTheCount() {
		String username = freshAccount();
		WebSession session = new WebSession(port);
		for (int attempt = 1; attempt <= 4; attempt++) {
			session.signIn(username, "wrong guess number " + attempt);
		}
		assertThat(location(new WebSession(port).signIn(username, PASSWORD))).doesNotContain("error");
		assertThat(jdbc.sql("SELECT failed_logins FROM app_user WHERE username = ?").param(username).query(Integer.class).single())
			.isZero();
	}

	@Test
	void theAdminCanLiftALock() {
		String username = freshAccount();
		WebSession guesser = new WebSession(port);
		for (int attempt = 1; attempt <= 5; attempt++) {
			guesser.signIn(username, "wrong guess number " + attempt);
		}
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		long id = idOf(jdbc, username);
		admin.get("/users/" + id);
		admin.post("/users/" + id + "/unlock", Map.of());
		assertThat(admin.get("/users/" + id).body()).contains("The sign-in lock is lifted.");
		assertThat(location(new WebSession(port).signIn(username, PASSWORD))).doesNotContain("error");
	}

	@Test
	void aDeactivatedUserCannotSignIn() {
		String username = freshAccount();
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		long id = idOf(jdbc, username);
		admin.get("/users/" + id);
		admin.post("/users/" + id + "/active", Map.of("active", "false"));
		assertThat(location(new WebSession(port).signIn(username, PASSWORD))).contains("error");
	}

	@Test
	void deactivationOrARoleChangeEndsTheOpenSessionsOfTheAccount() {
		String deactivated = freshAccount();
		String demoted = freshAccount();
		WebSession first = signedIn(deactivated);
		WebSession second = signedIn(demoted);
		assertThat(first.get("/audit").statusCode()).isEqualTo(200);
		assertThat(second.get("/audit").statusCode()).isEqualTo(200);

		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		admin.get("/users/" + idOf(jdbc, deactivated));
		admin.post("/users/" + idOf(jdbc, deactivated) + "/active", Map.of("active", "false"));
		admin.get("/users/" + idOf(jdbc, demoted));
		admin.post("/users/" + idOf(jdbc, demoted) + "/role",
				Map.of("role", "NATIONAL_COORDINATOR", "stateCode", "TKM", "version", "0"));

		for (WebSession session : new WebSession[] { first, second }) {
			HttpResponse<String> next = session.get("/audit");
			assertThat(next.statusCode()).isEqualTo(302);
			assertThat(location(next)).endsWith("/login?changed");
			assertThat(session.get("/login?changed").body()).contains("Sign in again to continue.");
			assertThat(session.get("/audit").statusCode()).isEqualTo(302);
		}
		WebSession again = signedIn(demoted);
		assertThat(again.get("/audit").statusCode()).isEqualTo(403);
		assertThat(again.get("/").body()).contains("TKM");
	}

	@Test
	void pagesCarrySecurityHeaders() {
		for (String path : new String[] { "/", "/login" }) {
			HttpResponse<String> page = new WebSession(port).get(path);
			assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "script-src 'self'",
						"frame-ancestors 'none'"));
			assertThat(page.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
			assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
			assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
		}
		HttpResponse<String> users = WebSession.signedIn(port, TestAccounts.ADMIN).get("/users");
		assertThat(users.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(users.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
	}

	@Test
	void aFormPostWithoutTheCsrfTokenIsRefused() {
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		String username = uniqueUsername("csrf");
		HttpResponse<String> forged = admin.send(HttpRequest.newBuilder(URI.create(admin.baseUrl() + "/users/invite"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username
					+ "&displayName=X&email=x%40example.org&role=SECRETARIAT_ANALYST")), false);
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username).query(Long.class).single())
			.isZero();
	}

	@Test
	void theSessionCookieIsHttpOnly() {
		HttpResponse<String> signIn = new WebSession(port).signIn(TestAccounts.ANALYST, TestAccounts.PASSWORD);
		assertThat(signIn.headers().allValues("Set-Cookie")).isNotEmpty()
			.filteredOn(cookie -> cookie.startsWith("JSESSIONID=") || cookie.startsWith("SESSION="))
			.isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly"));
	}

	private WebSession signedIn(String username) {
		WebSession session = new WebSession(port);
		assertThat(location(session.signIn(username, PASSWORD))).doesNotContain("error");
		return session;
	}

	private String freshAccount() {
		String username = uniqueUsername("sig");
		userAccounts.createWithPassword("test", username, "Sign-in test", username + "@example.org",
				Role.SECRETARIAT_ANALYST, null, null, PASSWORD);
		return username;
	}

	@OnPostgres
	static class OnPostgresTest extends SignInHardeningTest {
	}
}
