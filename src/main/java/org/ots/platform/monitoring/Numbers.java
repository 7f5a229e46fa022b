package org.ots.platform.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** The few statistics the normalisations share, over the values of one indicator. */
final class Numbers {

	private Numbers() {
	}

	static double min(Map<String, Double> values) {
		return values.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
	}

	static double max(Map<String, Double> values) {
		return values.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
	}

	static double mean(Map<String, Double> values) {
		return values.values().stream().mapToDouble(Double::doubleValue).sum() / values.size();
	}

	/** Sample standard deviation (divisor n − 1), which the Handbook's Table 15 z-scores use; NaN below two values. */
	static double sampleStandardDeviation(Map<String, Double> values) {
		if (values.size() < 2) {
			return Double.NaN;
		}
		double mean = mean(values);
		double squares = values.values().stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
		return Math.sqrt(squares / (values.size() - 1));
	}

	/** A share or weight rounded for reading: 0.333, 0.5. */
	static String rounded(double value, int decimals) {
		return format(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue());
	}

	/** A number as a person would write it in a method statement: 100, not 100.0. */
	static String format(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
