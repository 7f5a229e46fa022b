package org.ots.platform.identity;

/**
 * Passwords follow NIST SP 800-63B: length matters more than character classes, so at least 12 characters,
 * and never the user name itself.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;
	/**
	 * bcrypt reads only the first 72 bytes (and Spring refuses more), so longer passwords are refused here with a
	 * message rather than failing later. Letters outside Latin take two bytes each.
	 */
	static final int MAX_LENGTH = 72;

	private PasswordPolicy() {
	}

	static void check(String password, String username) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new AccountRuleException("password", "identity.error.password.short",
					"A password has at least " + MIN_LENGTH + " characters.", MIN_LENGTH);
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
			throw new AccountRuleException("password", "identity.error.password.long",
					"A password has at most " + MAX_LENGTH + " bytes.", MAX_LENGTH);
		}
		if (password.toLowerCase().contains(username.toLowerCase())) {
			throw new AccountRuleException("password", "identity.error.password.username",
					"A password may not contain the user name.");
		}
	}
}
