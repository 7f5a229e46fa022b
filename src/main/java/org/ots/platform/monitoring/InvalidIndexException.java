package org.ots.platform.monitoring;

/**
 * An index was defined in a way that cannot work: weights that are negative or all zero, an indicator with no
 * better direction, a value that is not a number. The message says what to change; the web layer answers 400.
 */
public class InvalidIndexException extends RuntimeException {

	InvalidIndexException(String message) {
		super(message);
	}
}
