package org.ots.platform.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period an observation refers to: a year ({@code 2024}), a quarter ({@code 2024-Q3}) or a month
 * ({@code 2024-07}). Annual series come first; quarters and months serve monitoring series.
 */
public record Period(String code, int year) implements Comparable<Period> {

	private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(Q[1-4]|0[1-9]|1[0-2]))?");

	public static Period parse(String text) {
		String trimmed = text == null ? "" : text.trim();
		Matcher matcher = FORM.matcher(trimmed);
		if (!matcher.matches()) {
			throw new InvalidPeriodException(trimmed);
		}
		return new Period(trimmed, Integer.parseInt(matcher.group(1)));
	}

	public static Period ofYear(int year) {
		return new Period(Integer.toString(year), year);
	}

	public boolean isAnnual() {
		return code.length() == 4;
	}

	@Override
	public int compareTo(Period other) {
		return code.compareTo(other.code);
	}

	@Override
	public String toString() {
		return code;
	}

	/** Raised for text that is not a year, a quarter or a month. */
	public static class InvalidPeriodException extends IllegalArgumentException {
		InvalidPeriodException(String text) {
			super("'" + text + "' is not a period: write a year (2024), a quarter (2024-Q3) or a month (2024-07)");
		}
	}
}
