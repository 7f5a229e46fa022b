package org.ots.platform.identity;

/**
 * Passwords follow NIST SP 800-63B: length matters more than character classes, so at least 12 characters,
 * and never the user name itself.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	private PasswordPolicy() {
	}

	static void check(String password, String username) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new AccountRuleException("A password has at least " + MIN_LENGTH + " characters.");
		}
		if (password.toLowerCase().contains(username.toLowerCase())) {
			throw new AccountRuleException("A password may not contain the user name.");
		}
	}
}
