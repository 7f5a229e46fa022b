package org.ots.platform.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What a rule found in one series: the period that triggers it, the value there (null when missing) and why, as a
 * message key of the monitoring bundle with its arguments (numbers already written out, so every language shows
 * the same digits). {@code illustrative} marks a finding on demo values that are not real figures.
 */
record Finding(String period, Double value, String reasonKey, List<String> reasonArgs, boolean illustrative) {

	/** A number as the message shows it: at most four decimals, no trailing zeros, no exponent. */
	static String number(double value) {
		return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}
}
