package org.ots.platform.indicators.imports;

/** The names, as the file's header writes them, of the columns an error can point to. */
record Columns(String indicator, String state, String period, String value, String status, String source,
		String note) {
}
