package org.ots.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ots.platform.identity.IdentityPages.idOf;
import static org.ots.platform.identity.IdentityPages.invitationPath;
import static org.ots.platform.identity.IdentityPages.location;
import static org.ots.platform.identity.IdentityPages.uniqueUsername;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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

@IntegrationTest
class UsersPageTest {

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
	void onlyTheAdminReachesTheUsersPage() {
		assertThat(WebSession.signedIn(port, TestAccounts.ADMIN).get("/users").statusCode()).isEqualTo(200);
		for (String user : List.of(TestAccounts.ANALYST, TestAccounts.COORDINATOR_KAZ, TestAccounts.EXPERT)) {
			WebSession session = WebSession.signedIn(port, user);
			HttpResponse<String> refused = session.send(
					HttpRequest.newBuilder(URI.create(session.baseUrl() + "/users")).header("Accept", "text/html"), false);
			assertThat(refused.statusCode()).as(user).isEqualTo(403);
			assertThat(refused.body()).as(user).contains("Your role does not allow this.");
		}
		HttpResponse<String> anonymous = new WebSession(port).get("/users");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(location(anonymous)).endsWith("/login");
	}

	@Test
	void usersPageListsAccountsWithTheirRoleStateAndStatus() {
		String html = WebSession.signedIn(port, TestAccounts.ADMIN).get("/users").body();
		assertThat(html).contains(TestAccounts.COORDINATOR_KAZ, "National coordinator", "KAZ", "Test Institute",
				"Invite a user", "Expert institutions");
	}

	@Test
	void invitingCreatesAPendingAccountAndShowsTheLinkWhenNoMailCouldBeSent() {
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		String username = uniqueUsername("inv");
		admin.get("/users");
		HttpResponse<String> posted = admin.post("/users/invite", Map.of("username", username, "displayName",
				"Aigerim Bekova", "email", username + "@example.org", "role", "NATIONAL_COORDINATOR", "stateCode",
				"KAZ", "institutionId", ""));
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(location(posted)).endsWith("/users");

		// No mail server runs in this test: the invitation stands and the admin gets the link to pass on.
		String page = admin.get("/users").body();
		assertThat(page).contains("The account " + username + " is created", "could not be sent");
		assertThat(invitationPath(page)).isNotBlank();
		assertThat(jdbc.sql("SELECT state_code FROM app_user WHERE username = ? AND password_hash IS NULL")
			.param(username)
			.query(String.class)
			.single()).isEqualTo("KAZ");
	}

	@Test
	void invitationWithBrokenRulesShowsTheMessageNextToTheFieldAndKeepsTheInput() {
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		admin.get("/users");
		HttpResponse<String> taken = admin.post("/users/invite", Map.of("username", TestAccounts.ANALYST,
				"displayName", "Someone", "email", "someone@example.org", "role", "SECRETARIAT_ANALYST"));
		assertThat(taken.statusCode()).isEqualTo(200);
		assertThat(taken.body()).containsPattern(
				"id=\"username-error\" class=\"field-error\">The user name t-analyst is taken.</span>");

		HttpResponse<String> noState = admin.post("/users/invite", Map.of("username", uniqueUsername("nostate"),
				"displayName", "Someone", "email", "someone@example.org", "role", "EXAMINER", "stateCode", "OTS"));
		assertThat(noState.body()).contains("id=\"stateCode-error\" class=\"field-error\">This role acts for one state");
		assertThat(noState.body()).contains("value=\"Someone\"");

		HttpResponse<String> badMail = admin.post("/users/invite", Map.of("username", uniqueUsername("mail"),
				"displayName", "Someone", "email", "not-an-address", "role", "SECRETARIAT_ANALYST"));
		assertThat(badMail.body()).contains("id=\"email-error\" class=\"field-error\">Give a valid e-mail address.");

		HttpResponse<String> tamperedRole = admin.post("/users/invite", Map.of("username", uniqueUsername("role"),
				"displayName", "Someone", "email", "someone@example.org", "role", "EMPEROR"));
		assertThat(tamperedRole.body()).contains("id=\"role-error\" class=\"field-error\">Choose a role.");
	}

	@Test
	void errorsAreShownInTheUsersLanguage() {
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		admin.get("/users?lang=tr");
		HttpResponse<String> taken = admin.post("/users/invite", Map.of("username", TestAccounts.ANALYST,
				"displayName", "Someone", "email", "someone@example.org", "role", "SECRETARIAT_ANALYST"));
		assertThat(taken.body()).contains("t-analyst kullanıcı adı alınmış.");
	}

	@Test
	void adminChangesRoleStateAndInstitutionAndTheChangeIsAudited() {
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		String username = invite(admin, "NATIONAL_COORDINATOR", "KGZ");
		long id = idOf(jdbc, username);
		admin.get("/users/" + id);
		HttpResponse<String> changed = admin.post("/users/" + id + "/role",
				Map.of("role", "EXAMINER", "stateCode", "UZB", "institutionId", "", "version", "0"));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(admin.get("/users/" + id).body()).contains("The changes are saved.");

		Map<String, Object> entry = jdbc
			.sql("SELECT before_value, after_value, state_code FROM audit_entry WHERE entity_type = 'User' AND entity_id = ? AND action = 'UPDATE'")
			.param(username)
			.query()
			.singleRow();
		assertThat((String) entry.get("before_value")).contains("\"role\":\"NATIONAL_COORDINATOR\"", "\"state\":\"KGZ\"");
		assertThat((String) entry.get("after_value")).contains("\"role\":\"EXAMINER\"", "\"state\":\"UZB\"");
		assertThat(entry.get("state_code")).isEqualTo("UZB");
	}

	@Test
	void aStaleFormIsRefusedWithAClearMessage() {
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		String username = invite(admin, "NATIONAL_COORDINATOR", "KGZ");
		long id = idOf(jdbc, username);
		admin.get("/users/" + id);
		admin.post("/users/" + id + "/role", Map.of("role", "EXAMINER", "stateCode", "TUR", "version", "0"));

		// A second admin tab still holds version 0.
		admin.get("/users/" + id);
		HttpResponse<String> stale = admin.post("/users/" + id + "/role",
				Map.of("role", "NATIONAL_COORDINATOR", "stateCode", "AZE", "version", "0"));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("Someone else changed " + username + " meanwhile");
		assertThat(jdbc.sql("SELECT state_code FROM app_user WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("TUR");
	}

	@Test
	void adminDeactivatesAndReactivatesAnAccountButNeverTheirOwn() {
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		String username = invite(admin, "SECRETARIAT_ANALYST", "");
		long id = idOf(jdbc, username);
		admin.get("/users/" + id);
		admin.post("/users/" + id + "/active", Map.of("active", "false"));
		assertThat(admin.get("/users/" + id).body()).contains("The account is deactivated");
		admin.post("/users/" + id + "/active", Map.of("active", "true"));
		assertThat(admin.get("/users/" + id).body()).contains("The account is active again.");

		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_type = 'User' AND entity_id = ? ORDER BY id")
			.param(username)
			.query(String.class)
			.list()).containsExactly("INVITE", "DEACTIVATE", "ACTIVATE");

		long own = idOf(jdbc, TestAccounts.ADMIN);
		admin.get("/users/" + own);
		HttpResponse<String> refused = admin.post("/users/" + own + "/active", Map.of("active", "false"));
		assertThat(refused.body()).contains("You cannot deactivate your own account.");
		HttpResponse<String> ownRole = admin.post("/users/" + own + "/role",
				Map.of("role", "SECRETARIAT_ANALYST", "version",
						String.valueOf(jdbc.sql("SELECT version FROM app_user WHERE id = ?").param(own).query(Integer.class).single())));
		assertThat(ownRole.body()).contains("You cannot change your own role.");
		assertThat(jdbc.sql("SELECT active FROM app_user WHERE id = ?").param(own).query(Boolean.class).single()).isTrue();
	}

	@Test
	void adminRegistersAnInstitutionAndInvitesAnExpertOfIt() {
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		String name = "Institute " + uniqueUsername("x");
		admin.get("/users");
		assertThat(admin.post("/users/institutions", Map.of("institutionName", name, "institutionState", "HUN"))
			.statusCode()).isEqualTo(302);
		assertThat(admin.get("/users").body()).contains("The institution " + name + " is added.");
		HttpResponse<String> duplicate = admin.post("/users/institutions",
				Map.of("institutionName", name.toUpperCase(), "institutionState", "HUN"));
		assertThat(duplicate.body()).contains("id=\"institutionName-error\" class=\"field-error\">The institution");

		long institution = jdbc.sql("SELECT id FROM institution WHERE name = ?").param(name).query(Long.class).single();
		String username = uniqueUsername("exp");
		admin.get("/users");
		admin.post("/users/invite", Map.of("username", username, "displayName", "Expert", "email",
				username + "@example.org", "role", "EXPERT", "institutionId", String.valueOf(institution)));
		assertThat(jdbc.sql("SELECT institution_id FROM app_user WHERE username = ?").param(username).query(Long.class).single())
			.isEqualTo(institution);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Institution' AND after_value LIKE ?")
			.param("%" + name + "%")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aNewInvitationReplacesTheOldLink() {
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		String username = invite(admin, "SECRETARIAT_ANALYST", "");
		String first = invitationPath(admin.get("/users").body());
		long id = idOf(jdbc, username);
		admin.get("/users/" + id);
		admin.post("/users/" + id + "/reinvite", Map.of());
		String second = invitationPath(admin.get("/users/" + id).body());
		assertThat(second).isNotEqualTo(first);
		assertThat(new WebSession(port).get(first).statusCode()).isEqualTo(410);
		assertThat(new WebSession(port).get(second).statusCode()).isEqualTo(200);
	}

	/** Invites through the page and returns the new user name; the flash message stays for the next GET. */
	private String invite(WebSession admin, String role, String state) {
		String username = uniqueUsername("u");
		admin.get("/users");
		HttpResponse<String> posted = admin.post("/users/invite", Map.of("username", username, "displayName",
				"Test " + username, "email", username + "@example.org", "role", role, "stateCode", state));
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
		return username;
	}

	@OnPostgres
	static class OnPostgresTest extends UsersPageTest {
	}
}
