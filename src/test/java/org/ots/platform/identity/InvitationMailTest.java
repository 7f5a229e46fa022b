package org.ots.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ots.platform.identity.IdentityPages.invitationPath;
import static org.ots.platform.identity.IdentityPages.location;
import static org.ots.platform.identity.IdentityPages.uniqueUsername;

import java.net.http.HttpResponse;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/** The invitation journey with a real SMTP server: e-mail, link, password, first sign-in. */
@IntegrationTest
class InvitationMailTest {

	/** The test profile points the platform's mail at this server's port (3025). */
	@RegisterExtension
	static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final String NEW_PASSWORD = "steppe wind over the caspian";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void accounts() {
		accounts.ensure();
	}

	@Test
	void invitedPersonGetsTheLinkByMailSetsAPasswordAndSignsIn() throws Exception {
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		String username = uniqueUsername("mail");
		String email = username + "@example.org";
		invite(admin, username, email);

		assertThat(mailServer.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage mail = mailServer.getReceivedMessagesForDomain(email)[0];
		assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly(email);
		assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("noreply@ots-review.local");
		assertThat(mail.getSubject()).isEqualTo("Your invitation to the OTS Peer Review Platform");
		String body = (String) mail.getContent();
		assertThat(body).contains("Dear Gulnara Aliyeva", "Your user name is " + username);

		// The mail went out, so the page does not show the link; it only says where the mail went.
		String page = admin.get("/users").body();
		assertThat(page).contains("An invitation e-mail with a one-time link went to " + email);
		assertThat(IdentityPages.INVITATION_PATH.matcher(page).find()).isFalse();

		String link = invitationPath(body);
		WebSession invited = new WebSession(port);
		assertThat(invited.get(link).body()).contains("Welcome, Gulnara Aliyeva", username);
		HttpResponse<String> accepted = invited.post(link,
				Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(location(accepted)).endsWith("/login?invited");
		assertThat(invited.get("/login?invited").body()).contains("Your password is set.");

		HttpResponse<String> signIn = invited.signIn(username, NEW_PASSWORD);
		assertThat(location(signIn)).doesNotContain("error");
		assertThat(invited.get("/").body()).contains(username);

		// The link works once.
		HttpResponse<String> again = new WebSession(port).get(link);
		assertThat(again.statusCode()).isEqualTo(410);
		assertThat(again.body()).contains("This invitation link has expired or was used already.");
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_type = 'User' AND entity_id = ? ORDER BY id")
			.param(username)
			.query(String.class)
			.list()).containsExactly("INVITE", "SET_PASSWORD");
	}

	@Test
	void anExpiredLinkSaysSoAndSetsNoPassword() throws Exception {
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		String username = uniqueUsername("late");
		invite(admin, username, username + "@example.org");
		assertThat(mailServer.waitForIncomingEmail(10_000, 1)).isTrue();
		String link = invitationPath((String) mailServer.getReceivedMessages()[0].getContent());
		jdbc.sql("UPDATE app_user SET invitation_expires = ? WHERE username = ?")
			.params(java.time.OffsetDateTime.now().minusDays(1), username)
			.update();

		WebSession invited = new WebSession(port);
		invited.holdFormToken(); // as a browser that opened the form before the link expired
		HttpResponse<String> page = invited.get(link);
		assertThat(page.statusCode()).isEqualTo(410);
		assertThat(page.body()).contains("Ask the Secretariat for a new invitation.");
		HttpResponse<String> post = invited.post(link, Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
		assertThat(post.statusCode()).isEqualTo(410);
		assertThat(jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username).query(String.class).optional())
			.isEmpty();
	}

	@Test
	void passwordsMustMatchAndFollowThePolicy() throws Exception {
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		String username = uniqueUsername("pw");
		invite(admin, username, username + "@example.org");
		assertThat(mailServer.waitForIncomingEmail(10_000, 1)).isTrue();
		String link = invitationPath((String) mailServer.getReceivedMessages()[0].getContent());

		WebSession invited = new WebSession(port);
		invited.get(link);
		HttpResponse<String> differ = invited.post(link, Map.of("password", NEW_PASSWORD, "confirmation", "other"));
		assertThat(differ.body()).contains("id=\"confirmation-error\" class=\"field-error\">The two passwords differ.");
		HttpResponse<String> tooShort = invited.post(link, Map.of("password", "short", "confirmation", "short"));
		assertThat(tooShort.body()).contains("id=\"password-error\" class=\"field-error\">A password has at least 12 characters.");
		String withName = "my name is " + username;
		HttpResponse<String> containsName = invited.post(link, Map.of("password", withName, "confirmation", withName));
		assertThat(containsName.body()).contains("A password may not contain the user name.");
		// Still usable after the refusals.
		assertThat(invited.post(link, Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD)).statusCode())
			.isEqualTo(302);
	}

	@Test
	void anUnknownLinkSaysSo() {
		HttpResponse<String> page = new WebSession(port).get("/invitation/" + "0".repeat(48));
		assertThat(page.statusCode()).isEqualTo(410);
		assertThat(page.body()).contains("This invitation link has expired or was used already.");
	}

	private void invite(WebSession admin, String username, String email) {
		admin.get("/users");
		HttpResponse<String> posted = admin.post("/users/invite", Map.of("username", username, "displayName",
				"Gulnara Aliyeva", "email", email, "role", "NATIONAL_COORDINATOR", "stateCode", "AZE"));
		assertThat(posted.statusCode()).isEqualTo(302);
	}

	@OnPostgres
	static class OnPostgresTest extends InvitationMailTest {
	}
}
