package org.ots.platform.monitoring;

import java.util.Map;

/**
 * A rule, acknowledgement or subscription was refused; {@link #errors()} maps each field to the message key of the
 * reason (monitoring bundle), put into the reader's language by the page or the API. Nothing was written.
 */
class AlertInputException extends RuntimeException {

	private final Map<String, String> errors;

	AlertInputException(Map<String, String> errors) {
		super("Not saved: " + String.join("; ", errors.keySet()));
		this.errors = Map.copyOf(errors);
	}

	static AlertInputException of(String field, String key) {
		return new AlertInputException(Map.of(field, key));
	}

	Map<String, String> errors() {
		return errors;
	}
}
