package org.ots.platform.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks with ties at the minimum rank, as the Handbook ranks (Table 15: Singapore and Slovenia, both at 7.1 years of
 * schooling, are both rank 1 and the next country is rank 3).
 */
final class Ranks {

	/**
	 * Composite scores that differ only by floating-point rounding (0.1 + 0.2 against 0.3) are ties: the same data
	 * reached by a different order of additions must not decide a rank.
	 */
	private static final double SCORE_TOLERANCE = 1e-9;

	private Ranks() {
	}

	/** Rank 1 for the smallest value; equal values share the lowest rank of their group. */
	static Map<String, Integer> ascending(Map<String, Double> values) {
		return rank(values, Comparator.naturalOrder(), 0);
	}

	/** Rank 1 for the highest score; scores equal within rounding share the lowest rank of their group. */
	static Map<String, Integer> highestFirst(Map<String, Double> scores) {
		return rank(scores, Comparator.reverseOrder(), SCORE_TOLERANCE);
	}

	private static Map<String, Integer> rank(Map<String, Double> values, Comparator<Double> order, double tolerance) {
		List<Map.Entry<String, Double>> sorted = new ArrayList<>(values.entrySet());
		sorted.sort(Map.Entry.<String, Double>comparingByValue(order).thenComparing(Map.Entry.comparingByKey()));
		Map<String, Integer> ranks = new LinkedHashMap<>();
		Double groupValue = null;
		int rank = 0;
		for (int i = 0; i < sorted.size(); i++) {
			double value = sorted.get(i).getValue();
			if (groupValue == null || !same(value, groupValue, tolerance)) {
				rank = i + 1;
				groupValue = value;
			}
			ranks.put(sorted.get(i).getKey(), rank);
		}
		return ranks;
	}

	private static boolean same(double a, double b, double tolerance) {
		return Math.abs(a - b) <= tolerance * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
	}
}
