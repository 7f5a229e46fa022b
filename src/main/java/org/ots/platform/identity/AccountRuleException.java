package org.ots.platform.identity;

/**
 * A change to an account that breaks a rule; the message tells the admin what to do instead. Pages show it
 * next to the offending {@link #field()} in the user's language, looked up by {@link #code()}.
 */
public class AccountRuleException extends RuntimeException {

	private final String field;
	private final String code;
	private final transient Object[] arguments;

	public AccountRuleException(String message) {
		this(null, null, message);
	}

	AccountRuleException(String field, String code, String message, Object... arguments) {
		super(message);
		this.field = field;
		this.code = code;
		this.arguments = arguments;
	}

	/** The form field the rule is about, or null if it concerns the whole form. */
	public String field() {
		return field;
	}

	/** Message key in the identity bundle, or null when only the English message exists. */
	public String code() {
		return code;
	}

	Object[] arguments() {
		return arguments;
	}
}
