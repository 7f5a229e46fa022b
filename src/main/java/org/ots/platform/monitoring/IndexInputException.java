package org.ots.platform.monitoring;

import java.util.Map;

/**
 * An index definition was refused; {@link #errors()} maps each field to the message key of the reason (monitoring
 * bundle). Nothing was written.
 */
class IndexInputException extends RuntimeException {

	private final Map<String, String> errors;

	IndexInputException(Map<String, String> errors) {
		super("Index not saved: " + String.join("; ", errors.keySet()));
		this.errors = Map.copyOf(errors);
	}

	Map<String, String> errors() {
		return errors;
	}
}
