package org.ots.platform.indicators;

import java.util.Map;

/** A change of the indicator framework was refused; {@link #errors()} says why, field by field. */
public class InvalidFrameworkChangeException extends RuntimeException {

	private final transient Map<String, String> errors;

	InvalidFrameworkChangeException(Map<String, String> errors) {
		super("The change was not saved: " + String.join("; ", errors.values()));
		this.errors = Map.copyOf(errors);
	}

	public Map<String, String> errors() {
		return errors;
	}
}
