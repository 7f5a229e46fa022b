package org.ots.platform.identity;

/** A change to an account that breaks a rule; the message tells the admin what to do instead. */
public class AccountRuleException extends RuntimeException {

	public AccountRuleException(String message) {
		super(message);
	}
}
