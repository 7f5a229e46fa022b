package org.ots.platform.foresight;

import java.util.Map;

/**
 * A scenario was refused; {@link #errors()} maps each field ("title", "paths", "paths[1].points", ...) to the
 * message key of the reason (scenarios bundle). Nothing was written.
 */
class ScenarioInputException extends RuntimeException {

	private final Map<String, String> errors;

	ScenarioInputException(Map<String, String> errors) {
		super("Scenario not saved: " + String.join("; ", errors.keySet()));
		this.errors = Map.copyOf(errors);
	}

	Map<String, String> errors() {
		return errors;
	}
}
