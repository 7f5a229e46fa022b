package org.ots.platform.reviews;

/** A step of the review (question, answer, finding, recommendation move) that its rules refuse; the message says why. */
public class ReviewRuleException extends RuntimeException {

	public ReviewRuleException(String message) {
		super(message);
	}
}
