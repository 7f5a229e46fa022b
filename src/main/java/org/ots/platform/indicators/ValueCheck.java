package org.ots.platform.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdict on one entered value: errors per field (the value is refused) and warnings (the value is saved,
 * but looks unusual and deserves a second look).
 */
public record ValueCheck(Map<String, String> errors, List<String> warnings) {

	static ValueCheck empty() {
		return new ValueCheck(new LinkedHashMap<>(), new java.util.ArrayList<>());
	}

	public boolean ok() {
		return errors.isEmpty();
	}

	void error(String field, String message) {
		errors.putIfAbsent(field, message);
	}

	void warn(String message) {
		warnings.add(message);
	}
}
