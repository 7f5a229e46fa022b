package org.ots.platform.experts;

import java.util.Map;

/**
 * A product or its file was refused; {@link #errors()} names, field by field, the message key of the reason, so
 * that pages show it in the reader's language next to the field. Nothing was written.
 */
public class InvalidProductException extends RuntimeException {

	private final Map<String, String> errors;

	InvalidProductException(Map<String, String> errors) {
		super("Not saved: " + errors);
		this.errors = Map.copyOf(errors);
	}

	public Map<String, String> errors() {
		return errors;
	}
}
