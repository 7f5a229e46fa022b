package org.ots.platform.experts;

/** Filters of the public list; blank means any. */
record ProductQuery(String area, String state, String kind) {

	static ProductQuery of(String area, String state, String kind) {
		return new ProductQuery(blankToNull(area), blankToNull(state), blankToNull(kind));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim().toUpperCase();
	}
}
