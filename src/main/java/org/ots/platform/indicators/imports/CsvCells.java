package org.ots.platform.indicators.imports;

import java.math.BigDecimal;

/**
 * Writes CSV cells that spreadsheets open safely. A cell starting with = + - @ or a tab or carriage return is
 * taken by Excel and LibreOffice as a formula (CSV injection, OWASP), so such text gets a leading single quote;
 * numbers, including negative ones like -1.5, stay numbers.
 */
final class CsvCells {

	private CsvCells() {
	}

	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = value;
		char first = value.charAt(0);
		if ((first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				&& RowChecker.number(value) == null) {
			safe = "'" + value;
		}
		boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
				|| safe.indexOf('\r') >= 0 || safe.indexOf(';') >= 0 || Character.isWhitespace(safe.charAt(0))
				|| Character.isWhitespace(safe.charAt(safe.length() - 1));
		return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
	}

	/** A number as plain decimal text: 8884848485 rather than 8.884848485E9, which some tools misread. */
	static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
