package org.ots.platform.reviews;

/** A move of the review cycle that its rules do not allow now; the message says why and what would allow it. */
public class CycleRuleException extends RuntimeException {

	public CycleRuleException(String message) {
		super(message);
	}
}
