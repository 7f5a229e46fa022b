package org.ots.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ots.platform.identity.IdentityPages.idOf;
import static org.ots.platform.identity.IdentityPages.location;
import static org.ots.platform.identity.IdentityPages.uniqueUsername;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
class AuditPageTest {

	private static final Pattern ROW_ID = Pattern.compile("<strong>(row-[a-z0-9-]+)</strong>");

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
	void onlyTheSecretariatReadsTheAuditTrail() {
		assertThat(WebSession.signedIn(port, TestAccounts.ADMIN).get("/audit").statusCode()).isEqualTo(200);
		assertThat(WebSession.signedIn(port, TestAccounts.ANALYST).get("/audit").statusCode()).isEqualTo(200);
		for (String user : List.of(TestAccounts.COORDINATOR_KAZ, TestAccounts.EXAMINER, TestAccounts.EXPERT)) {
			assertThat(WebSession.signedIn(port, user).get("/audit").statusCode()).as(user).isEqualTo(403);
		}
		HttpResponse<String> anonymous = new WebSession(port).get("/audit");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(location(anonymous)).endsWith("/login");
	}

	@Test
	void everyChangeToAUserShowsWithItsValuesBeforeAndAfter() {
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		String username = uniqueUsername("aud");
		admin.get("/users");
		admin.post("/users/invite", Map.of("username", username, "displayName", "Audited Person", "email",
				username + "@example.org", "role", "NATIONAL_COORDINATOR", "stateCode", "KGZ"));
		long id = idOf(jdbc, username);
		admin.get("/users/" + id);
		admin.post("/users/" + id + "/role", Map.of("role", "EXAMINER", "stateCode", "TUR", "version", "0"));
		admin.get("/users/" + id);
		admin.post("/users/" + id + "/active", Map.of("active", "false"));

		String page = WebSession.signedIn(port, TestAccounts.ANALYST)
			.get("/audit?entityType=User&entityId=" + username)
			.body();
		assertThat(page).contains("3 entries");
		// Newest first, each with who did it and the readable values.
		assertThat(page).containsSubsequence("DEACTIVATE", "UPDATE", "INVITE");
		assertThat(page).containsSubsequence("UPDATE", "Changed:", "role, state", "&quot;role&quot; : &quot;NATIONAL_COORDINATOR&quot;",
				"&quot;role&quot; : &quot;EXAMINER&quot;");
		assertThat(page).containsSubsequence("DEACTIVATE", "Changed:", "active", "&quot;active&quot; : true",
				"&quot;active&quot; : false");
		assertThat(page).contains("<td>admin</td>");
	}

	@Test
	void filtersNarrowByActorActionStateAndDate() {
		String tag = uniqueUsername("flt");
		insert("2024-03-10T10:00:00Z", "alice", "CREATE", "Observation", tag + "-kaz-2023", "KAZ");
		insert("2024-03-11T10:00:00Z", "bob", "UPDATE", "Observation", tag + "-kaz-2023", "KAZ");
		insert("2024-03-12T23:59:00Z", "bob", "UPDATE", "Observation", tag + "-aze-2023", "AZE");
		insert("2024-03-13T00:00:00Z", "bob", "DELETE", "Observation", tag + "-aze-2022", "AZE");
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);

		assertThat(rows(analyst, "entityId=" + tag)).hasSize(4);
		assertThat(rows(analyst, "entityId=" + tag.toUpperCase() + "-KAZ")).containsExactly(tag + "-kaz-2023",
				tag + "-kaz-2023");
		assertThat(rows(analyst, "entityId=" + tag + "&actor=bob&action=UPDATE")).containsExactly(tag + "-aze-2023",
				tag + "-kaz-2023");
		assertThat(rows(analyst, "entityId=" + tag + "&state=AZE")).containsExactly(tag + "-aze-2022",
				tag + "-aze-2023");
		// Whole days: "to" includes its last minute, "from" starts at midnight UTC.
		assertThat(rows(analyst, "entityId=" + tag + "&from=2024-03-11&to=2024-03-12")).containsExactly(
				tag + "-aze-2023", tag + "-kaz-2023");
		assertThat(rows(analyst, "entityId=" + tag + "&entityType=Indicator")).isEmpty();
	}

	@Test
	void aWrongDateIsExplainedNotAnError() {
		HttpResponse<String> page = WebSession.signedIn(port, TestAccounts.ANALYST).get("/audit?from=yesterday&page=x");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Give a date as YYYY-MM-DD.");
	}

	@Test
	void theTrailIsPagedFiftyAtATime() {
		String tag = uniqueUsername("pg");
		for (int i = 0; i < 53; i++) {
			insert(OffsetDateTime.of(2023, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusMinutes(i).toString(), "pager",
					"UPDATE", "Indicator", String.format("%s-%02d", tag, i), null);
		}
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		HttpResponse<String> first = analyst.get("/audit?entityId=" + tag);
		assertThat(first.body()).contains("53 entries; page 1 of 2.", "rel=\"next\"").doesNotContain("rel=\"prev\"");
		List<String> firstRows = rows(analyst, "entityId=" + tag);
		assertThat(firstRows).hasSize(50).first().isEqualTo(tag + "-52");
		List<String> secondRows = rows(analyst, "entityId=" + tag + "&page=1");
		assertThat(secondRows).containsExactly(tag + "-02", tag + "-01", tag + "-00");
		assertThat(analyst.get("/audit?entityId=" + tag + "&page=1").body()).contains("rel=\"prev\"")
			.doesNotContain("rel=\"next\"");
	}

	@Test
	void aPlainTextValueIsShownAsItIs() {
		String tag = uniqueUsername("txt");
		jdbc.sql("""
				INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id, after_value)
				VALUES (?, 'system', 'LOCK', 'User', ?, 'locked until tomorrow after 5 failed sign-ins')""")
			.params(OffsetDateTime.now(ZoneOffset.UTC), "row-" + tag)
			.update();
		assertThat(WebSession.signedIn(port, TestAccounts.ANALYST).get("/audit?entityId=" + tag).body())
			.contains("locked until tomorrow after 5 failed sign-ins");
	}

	private List<String> rows(WebSession session, String query) {
		String html = session.get("/audit?" + query).body();
		Matcher matcher = ROW_ID.matcher(html);
		List<String> ids = new java.util.ArrayList<>();
		while (matcher.find()) {
			ids.add(matcher.group(1).substring("row-".length()));
		}
		return ids;
	}

	private void insert(String at, String actor, String action, String type, String entityId, String state) {
		jdbc.sql("""
				INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id, state_code, before_value, after_value)
				VALUES (?, ?, ?, ?, ?, ?, '{"value":1}', '{"value":2}')""")
			.params(OffsetDateTime.parse(at), actor, action, type, "row-" + entityId, state)
			.update();
	}

	@OnPostgres
	static class OnPostgresTest extends AuditPageTest {
	}
}
