package org.ots.platform;

import org.ots.platform.identity.Role;
import org.ots.platform.identity.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * One account per role (and a coordinator of a second state) for tests, created on first use in the test's
 * database. All share {@link #PASSWORD}. The admin of the first start is "admin" with "test-admin-password-1".
 */
@Component
public class TestAccounts {

	public static final String PASSWORD = "correct-horse-battery";
	public static final String ADMIN = "admin";
	public static final String ADMIN_PASSWORD = "test-admin-password-1";
	public static final String ANALYST = "t-analyst";
	/** Coordinator of Kazakhstan. */
	public static final String COORDINATOR_KAZ = "t-coord-kaz";
	/** Coordinator of Azerbaijan: the "wrong state" for Kazakhstan's data. */
	public static final String COORDINATOR_AZE = "t-coord-aze";
	public static final String EXAMINER = "t-examiner-tur";
	public static final String EXPERT = "t-expert";

	private final UserAccounts accounts;
	private final JdbcClient jdbc;
	private final UserDetailsService userDetails;

	TestAccounts(UserAccounts accounts, JdbcClient jdbc, UserDetailsService userDetails) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.userDetails = userDetails;
	}

	/** Acts as this user in the current thread, as after signing in (for service-level tests). */
	public void actAs(String username) {
		ensure();
		UserDetails user = userDetails.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	public static void actAsNobody() {
		SecurityContextHolder.clearContext();
	}

	/** Creates the test accounts once per database; cheap to call before every test. */
	public synchronized void ensure() {
		if (exists(EXPERT)) {
			return;
		}
		Long institution = jdbc.sql("SELECT id FROM institution WHERE name = 'Test Institute'").query(Long.class).optional()
			.orElseGet(() -> {
				jdbc.sql("INSERT INTO institution (name, state_code) VALUES ('Test Institute', 'UZB')").update();
				return jdbc.sql("SELECT id FROM institution WHERE name = 'Test Institute'").query(Long.class).single();
			});
		create(ANALYST, Role.SECRETARIAT_ANALYST, null, null);
		create(COORDINATOR_KAZ, Role.NATIONAL_COORDINATOR, "KAZ", null);
		create(COORDINATOR_AZE, Role.NATIONAL_COORDINATOR, "AZE", null);
		create(EXAMINER, Role.EXAMINER, "TUR", null);
		create(EXPERT, Role.EXPERT, null, institution);
	}

	private void create(String username, Role role, String state, Long institution) {
		if (!exists(username)) {
			accounts.createWithPassword("test", username, username, username + "@example.org", role, state,
					institution, PASSWORD);
		}
	}

	private boolean exists(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username).query(Long.class).single() > 0;
	}

	public static String passwordOf(String username) {
		return ADMIN.equals(username) ? ADMIN_PASSWORD : PASSWORD;
	}
}
