package org.ots.platform.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The steps of an assessment in words and numbers, one line each. Numbers show six significant digits, enough to
 * redo the calculation by hand; the calculation itself is never rounded.
 */
final class Explanation {

	private static final MathContext SIX_DIGITS = new MathContext(6);

	private final List<String> lines = new ArrayList<>();

	void add(String format, Object... arguments) {
		lines.add(String.format(Locale.ROOT, format, arguments));
	}

	List<String> lines() {
		return List.copyOf(lines);
	}

	static String num(double value) {
		if (Double.isNaN(value)) {
			return "undefined (0/0)";
		}
		if (Double.isInfinite(value)) {
			return value > 0 ? "+infinity" : "-infinity";
		}
		if (value == 0) {
			return "0";
		}
		return new BigDecimal(value).round(SIX_DIGITS).stripTrailingZeros().toPlainString();
	}

	/** A growth rate as a percentage: 0.0348 is "3.48%". */
	static String pct(double rate) {
		if (!Double.isFinite(rate)) {
			return num(rate);
		}
		return num(rate * 100) + "%";
	}
}
