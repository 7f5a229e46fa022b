package org.ots.platform.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audited value as a person reads it: JSON indented, and for a change of a record, the names of the fields
 * that changed, so the eye finds the difference without comparing two blocks line by line.
 */
final class ReadableValue {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ReadableValue() {
	}

	static String pretty(String stored) {
		if (stored == null) {
			return null;
		}
		try {
			Object parsed = JSON.readValue(stored, Object.class);
			return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(parsed);
		}
		catch (JacksonException notJson) {
			return stored;
		}
	}

	static List<String> changedFields(String before, String after) {
		Map<?, ?> old = asMap(before);
		Map<?, ?> now = asMap(after);
		if (old == null || now == null) {
			return List.of();
		}
		Set<Object> keys = new LinkedHashSet<>(old.keySet());
		keys.addAll(now.keySet());
		List<String> changed = new ArrayList<>();
		for (Object key : keys) {
			if (!Objects.equals(old.get(key), now.get(key))) {
				changed.add(String.valueOf(key));
			}
		}
		return changed;
	}

	private static Map<?, ?> asMap(String stored) {
		if (stored == null) {
			return null;
		}
		try {
			return JSON.readValue(stored, Object.class) instanceof Map<?, ?> map ? map : null;
		}
		catch (JacksonException notJson) {
			return null;
		}
	}
}
