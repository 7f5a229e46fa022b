package org.ots.platform.reviews;

import java.util.List;

/**
 * A move of the review cycle that its rules do not allow now; the message says why and what would allow it. The
 * message is English, for the API and the log; the most common refusals also carry a message key and its
 * arguments, so that the pages say the same in the reader's language.
 */
public class CycleRuleException extends RuntimeException {

	private final String key;

	private final transient List<Object> args;

	public CycleRuleException(String message) {
		super(message);
		this.key = null;
		this.args = List.of();
	}

	/** A refusal the pages translate: {@code cycle.refusal.*} in the reviews bundle, with the arguments in order. */
	CycleRuleException(String message, String key, Object... args) {
		super(message);
		this.key = key;
		this.args = List.of(args);
	}

	/** The message key, or null when the refusal is known in English only. */
	String key() {
		return key;
	}

	List<Object> args() {
		return args;
	}
}
