package org.ots.platform.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.ots.platform.shared.NotFoundException;
import org.ots.platform.states.States;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, inviting, changing and deactivating accounts. Every change is audited; a role that acts for a
 * state must name one, an expert must name an institution.
 */
@Service
public class UserAccounts {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Users users;
	private final States states;
	private final PasswordEncoder passwords;
	private final AuditTrail audit;
	private final IdentityProperties properties;
	private final Clock clock;

	UserAccounts(Users users, States states, PasswordEncoder passwords, AuditTrail audit,
			IdentityProperties properties, Clock clock) {
		this.users = users;
		this.states = states;
		this.passwords = passwords;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** An account ready to sign in, for the first admin and the demo accounts. */
	@Transactional
	public void createWithPassword(String actor, String username, String displayName, String email, Role role,
			String stateCode, Long institutionId, String rawPassword) {
		checkBinding(role, stateCode, institutionId);
		checkFree(username);
		AppUser user = AppUser.invite(username, displayName, email, role, stateCode, institutionId, null, null,
				Instant.now(clock)).withPassword(passwords.encode(rawPassword));
		audit.recordAs(actor, "CREATE", "User", username, stateCode, null, describe(users.save(user)));
	}

	/**
	 * Creates an account without a password and returns the one-time token with which the invited person sets
	 * it. The token expires after the configured validity.
	 */
	@Transactional
	public Invitation invite(String username, String displayName, String email, Role role, String stateCode,
			Long institutionId) {
		checkBinding(role, stateCode, institutionId);
		checkFree(username);
		String token = HexFormat.of().formatHex(randomBytes());
		Instant now = Instant.now(clock);
		AppUser user = users.save(AppUser.invite(username, displayName, email, role, stateCode, institutionId, token,
				now.plus(properties.invitationValidity()), now));
		audit.record("INVITE", "User", username, stateCode, null, describe(user));
		return new Invitation(username, email, displayName, properties.baseUrl() + "/invitation/" + token);
	}

	/** The invited person chooses a password; the token works once and only before it expires. */
	@Transactional
	public String acceptInvitation(String token, String rawPassword) {
		AppUser user = users.findByInvitationToken(token)
			.filter(u -> u.invitationExpires() != null && u.invitationExpires().isAfter(Instant.now(clock)))
			.orElseThrow(() -> new NotFoundException("Invitation", "link"));
		PasswordPolicy.check(rawPassword, user.username());
		users.save(user.withPassword(passwords.encode(rawPassword)));
		audit.recordAs(user.username(), "SET_PASSWORD", "User", user.username(), user.stateCode(), null, null);
		return user.username();
	}

	@Transactional
	public void changeRole(long id, Role role, String stateCode, Long institutionId, int expectedVersion) {
		checkBinding(role, stateCode, institutionId);
		AppUser before = get(id);
		checkVersion(before, expectedVersion);
		AppUser after = users.save(before.withRole(role, role.needsState() ? stateCode : null,
				role.needsInstitution() ? institutionId : null));
		audit.record("UPDATE", "User", before.username(), after.stateCode(), describe(before), describe(after));
	}

	@Transactional
	public void setActive(long id, boolean active) {
		AppUser before = get(id);
		if (before.username().equals(CurrentUser.get().username()) && !active) {
			throw new AccountRuleException("You cannot deactivate your own account.");
		}
		AppUser after = users.save(before.withActive(active));
		audit.record(active ? "ACTIVATE" : "DEACTIVATE", "User", before.username(), before.stateCode(),
				describe(before), describe(after));
	}

	public List<UserView> list() {
		return users.findAllByOrderByUsername().stream().map(UserView::of).toList();
	}

	public UserView find(long id) {
		return UserView.of(get(id));
	}

	boolean adminExists() {
		return users.existsByRole(Role.SECRETARIAT_ADMIN);
	}

	private AppUser get(long id) {
		return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
	}

	private void checkVersion(AppUser user, int expectedVersion) {
		if (user.version() != expectedVersion) {
			throw new AccountRuleException(
					"Someone else changed " + user.username() + " meanwhile. Reload the page to see their change.");
		}
	}

	private void checkFree(String username) {
		if (username == null || !username.matches("[a-z0-9._-]{3,80}")) {
			throw new AccountRuleException(
					"A user name has 3 to 80 characters: lower-case letters, digits, dot, dash or underscore.");
		}
		if (users.findByUsername(username).isPresent()) {
			throw new AccountRuleException("The user name " + username + " is taken.");
		}
	}

	private void checkBinding(Role role, String stateCode, Long institutionId) {
		if (role == null) {
			throw new AccountRuleException("Choose a role.");
		}
		if (role.needsState() && (stateCode == null || !states.exists(stateCode) || "OTS".equals(stateCode))) {
			throw new AccountRuleException("A " + role + " acts for one state: choose it.");
		}
		if (role.needsInstitution() && institutionId == null) {
			throw new AccountRuleException("An expert works for an institution: choose it.");
		}
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static Map<String, Object> describe(AppUser user) {
		return UserView.of(user).asMap();
	}

	/** What an invitation e-mail needs. */
	public record Invitation(String username, String email, String displayName, String link) {
	}
}
