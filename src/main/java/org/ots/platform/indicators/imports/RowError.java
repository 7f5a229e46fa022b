package org.ots.platform.indicators.imports;

/** What is wrong with one cell (or one line, when {@code column} is empty) of an imported file. */
record RowError(int line, String column, String message) {

	String toLine() {
		return line + "\t" + clean(column) + "\t" + clean(message);
	}

	static RowError fromLine(String text) {
		String[] parts = text.split("\t", 3);
		return new RowError(Integer.parseInt(parts[0]), parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
	}

	private static String clean(String text) {
		return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
	}
}
