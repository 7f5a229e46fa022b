package org.ots.platform.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ots.platform.shared.NotFoundException;
import org.ots.platform.states.States;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, inviting, changing and deactivating accounts. Every change is audited; a role that acts for a
 * state must name one, an expert must name an institution. Accounts are never deleted, so that the audit
 * trail keeps its actors.
 */
@Service
public class UserAccounts {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Users users;
	private final States states;
	private final Institutions institutions;
	private final PasswordEncoder passwords;
	private final AuditTrail audit;
	private final IdentityProperties properties;
	private final Clock clock;

	UserAccounts(Users users, States states, Institutions institutions, PasswordEncoder passwords, AuditTrail audit,
			IdentityProperties properties, Clock clock) {
		this.users = users;
		this.states = states;
		this.institutions = institutions;
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
	 * Creates an account without a password and returns the one-time link with which the invited person sets
	 * it. The link expires after the configured validity.
	 */
	@Transactional
	public Invitation invite(String username, String displayName, String email, Role role, String stateCode,
			Long institutionId) {
		checkFree(username);
		checkContact(displayName, email);
		checkBinding(role, stateCode, institutionId);
		String token = newToken();
		Instant now = Instant.now(clock);
		AppUser user = users.save(AppUser.invite(username, displayName.trim(), email.trim(), role,
				role.needsState() ? states.get(stateCode).code() : null,
				role.needsInstitution() ? institutionId : null, token, now.plus(properties.invitationValidity()), now));
		audit.record("INVITE", "User", username, user.stateCode(), null, describe(user));
		return invitation(user);
	}

	/**
	 * A new link for someone who has not set a password yet, for example because the first link expired or the
	 * e-mail was lost. The old link stops working.
	 */
	@Transactional
	public Invitation reinvite(long id) {
		AppUser before = get(id);
		if (before.passwordHash() != null) {
			throw new AccountRuleException(null, "identity.error.invitation.accepted",
					before.username() + " has set a password already.", before.username());
		}
		Instant now = Instant.now(clock);
		AppUser after = users.save(before.withInvitation(newToken(), now.plus(properties.invitationValidity())));
		audit.record("REINVITE", "User", before.username(), before.stateCode(), null,
				Map.of("invitationExpires", after.invitationExpires().toString()));
		return invitation(after);
	}

	/** The account waiting behind a valid invitation link, if the link is still valid. */
	Optional<UserView> pendingInvitation(String token) {
		return validInvitation(token).map(UserView::of);
	}

	/** The invited person chooses a password; the token works once and only before it expires. */
	@Transactional
	public String acceptInvitation(String token, String rawPassword) {
		AppUser user = validInvitation(token).orElseThrow(() -> new AccountRuleException(null,
				"identity.invitation.invalid", "This invitation link has expired or was used already."));
		PasswordPolicy.check(rawPassword, user.username());
		users.save(user.withPassword(passwords.encode(rawPassword)));
		audit.recordAs(user.username(), "SET_PASSWORD", "User", user.username(), user.stateCode(), null, null);
		return user.username();
	}

	@Transactional
	public void changeRole(long id, Role role, String stateCode, Long institutionId, int expectedVersion) {
		AppUser before = get(id);
		checkVersion(before, expectedVersion);
		if (before.username().equals(CurrentUser.get().username())) {
			// Otherwise the last admin could take away their own rights and leave nobody to manage accounts.
			throw new AccountRuleException("role", "identity.error.role.own", "You cannot change your own role.");
		}
		checkBinding(role, stateCode, institutionId);
		AppUser after = users.save(before.withRole(role, role.needsState() ? states.get(stateCode).code() : null,
				role.needsInstitution() ? institutionId : null));
		audit.record("UPDATE", "User", before.username(), after.stateCode(), describe(before), describe(after));
	}

	@Transactional
	public void setActive(long id, boolean active) {
		AppUser before = get(id);
		if (before.username().equals(CurrentUser.get().username()) && !active) {
			throw new AccountRuleException(null, "identity.error.deactivate.own",
					"You cannot deactivate your own account.");
		}
		AppUser after = users.save(before.withActive(active));
		audit.record(active ? "ACTIVATE" : "DEACTIVATE", "User", before.username(), before.stateCode(),
				describe(before), describe(after));
	}

	/** Lifts a sign-in lock before it runs out, once the admin has made sure the owner was locked out. */
	@Transactional
	public void unlock(long id) {
		AppUser before = get(id);
		users.save(before.withFailedLogins(0, null));
		audit.record("UNLOCK", "User", before.username(), before.stateCode(),
				Map.of("lockedUntil", String.valueOf(before.lockedUntil())), Map.of("lockedUntil", "none"));
	}

	/** Registers an expert institution of a state and returns its id. */
	@Transactional
	public long registerInstitution(String name, String stateCode) {
		return institutions.add(name, stateCode).id();
	}

	/** All registered expert institutions, by name. */
	public List<ExpertInstitution> institutions() {
		return institutions.all().stream().map(i -> new ExpertInstitution(i.id(), i.name(), i.stateCode())).toList();
	}

	public List<UserView> list() {
		return users.findAllByOrderByUsername().stream().map(UserView::of).toList();
	}

	/** The language a user chose for the platform's messages to them; English when they chose none. */
	public java.util.Locale preferredLocale(String username) {
		return users.findByUsername(username)
			.map(AppUser::preferredLocale)
			.filter(tag -> tag != null && !tag.isBlank())
			.map(java.util.Locale::forLanguageTag)
			.orElse(java.util.Locale.ENGLISH);
	}

	public UserView find(long id) {
		return UserView.of(get(id));
	}

	boolean adminExists() {
		return users.existsByRole(Role.SECRETARIAT_ADMIN);
	}

	private Optional<AppUser> validInvitation(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return users.findByInvitationToken(token)
			.filter(u -> u.invitationExpires() != null && u.invitationExpires().isAfter(Instant.now(clock)));
	}

	private AppUser get(long id) {
		return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
	}

	private Invitation invitation(AppUser user) {
		return new Invitation(user.username(), user.email(), user.displayName(),
				properties.baseUrl() + "/invitation/" + user.invitationToken(), user.invitationExpires());
	}

	private void checkVersion(AppUser user, int expectedVersion) {
		if (user.version() != expectedVersion) {
			throw new AccountRuleException(null, "identity.error.version",
					"Someone else changed " + user.username() + " meanwhile. Reload the page to see their change.",
					user.username());
		}
	}

	private void checkFree(String username) {
		if (username == null || !username.matches("[a-z0-9._-]{3,80}")) {
			throw new AccountRuleException("username", "identity.error.username.format",
					"A user name has 3 to 80 characters: lower-case letters, digits, dot, dash or underscore.");
		}
		if (users.findByUsername(username).isPresent()) {
			throw new AccountRuleException("username", "identity.error.username.taken",
					"The user name " + username + " is taken.", username);
		}
	}

	private static void checkContact(String displayName, String email) {
		if (displayName == null || displayName.isBlank() || displayName.trim().length() > 160) {
			throw new AccountRuleException("displayName", "identity.error.displayName",
					"Give the person's name (at most 160 characters).");
		}
		// Deliberately loose: the invitation e-mail itself is the real check of the address.
		if (email == null || email.trim().length() > 200 || !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new AccountRuleException("email", "identity.error.email", "Give a valid e-mail address.");
		}
	}

	private void checkBinding(Role role, String stateCode, Long institutionId) {
		if (role == null) {
			throw new AccountRuleException("role", "identity.error.role", "Choose a role.");
		}
		if (role.needsState() && (stateCode == null || !states.exists(stateCode)
				|| states.get(stateCode).isAggregate())) {
			throw new AccountRuleException("stateCode", "identity.error.state",
					"A " + role + " acts for one state: choose it.");
		}
		if (role.needsInstitution() && (institutionId == null || !institutions.exists(institutionId))) {
			throw new AccountRuleException("institutionId", "identity.error.institution",
					"An expert works for an institution: choose it.");
		}
	}

	private static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static Map<String, Object> describe(AppUser user) {
		return UserView.of(user).asMap();
	}

	/** What an invitation e-mail needs. */
	public record Invitation(String username, String email, String displayName, String link, Instant expires) {
	}
}
