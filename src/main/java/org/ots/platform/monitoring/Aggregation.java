package org.ots.platform.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a unit's normalised values are combined into one score (Handbook, step 6). The arithmetic mean is fully
 * compensatory: a weak indicator is made up by a strong one in proportion to the weights. The geometric mean
 * compensates less, rewarding balanced profiles, but is only defined for strictly positive values, and min-max,
 * z-score and the difference form all produce zeros or negatives. The Handbook leaves the remedy to the builder;
 * here it is an explicit rule, {@link NonPositiveValues}.
 */
public sealed interface Aggregation {

	static Aggregation arithmetic() {
		return new Arithmetic();
	}

	static Aggregation geometric(NonPositiveValues rule) {
		return new Geometric(rule);
	}

	/** Adjusts the normalised values of all units, indicator by indicator, before they are combined. */
	Map<String, Map<String, Double>> prepare(Map<String, Map<String, Double>> byIndicator);

	/** One unit's score from its values and weights (the weights sum to 1 over the indicators it reports). */
	double combine(String unit, Map<String, Double> values, Map<String, Double> weights);

	String describe();

	/** What the geometric mean does with a normalised value of zero or below. */
	enum NonPositiveValues {
		/** Refuse to compute, naming the unit and indicator: the method must be changed. */
		REFUSE,
		/**
		 * Shift every value of an indicator that has a zero or negative value by one constant, so that its lowest
		 * value becomes 1% of its range. The constant is relative to the range, so min-max 0-1 and 0-100 give the same
		 * ranks; indicators that are already positive (ratios) are left alone.
		 */
		SHIFT
	}

	/** Weighted arithmetic mean, {@code Σ w·I}. */
	record Arithmetic() implements Aggregation {

		@Override
		public Map<String, Map<String, Double>> prepare(Map<String, Map<String, Double>> byIndicator) {
			return byIndicator;
		}

		@Override
		public double combine(String unit, Map<String, Double> values, Map<String, Double> weights) {
			double score = 0;
			for (var weight : weights.entrySet()) {
				score += weight.getValue() * values.get(weight.getKey());
			}
			return score;
		}

		@Override
		public String describe() {
			return "arithmetic mean";
		}
	}

	/** Weighted geometric mean, {@code ∏ I^w}. */
	record Geometric(NonPositiveValues rule) implements Aggregation {

		/** Where a shifted indicator's lowest value lands, as a share of its range. */
		static final double SHIFT_FLOOR = 0.01;

		public Geometric {
			if (rule == null) {
				throw new InvalidIndexException("Geometric aggregation needs a rule for zero or negative values.");
			}
		}

		@Override
		public Map<String, Map<String, Double>> prepare(Map<String, Map<String, Double>> byIndicator) {
			if (rule == NonPositiveValues.REFUSE) {
				return byIndicator;
			}
			Map<String, Map<String, Double>> shifted = new LinkedHashMap<>();
			byIndicator.forEach((indicator, values) -> shifted.put(indicator, shifted(values)));
			return shifted;
		}

		private static Map<String, Double> shifted(Map<String, Double> values) {
			if (values.isEmpty() || Numbers.min(values) > 0) {
				return values;
			}
			double min = Numbers.min(values);
			double range = Numbers.max(values) - min;
			double shift = (range > 0 ? SHIFT_FLOOR * range : 1) - min;
			Map<String, Double> result = new LinkedHashMap<>();
			values.forEach((unit, value) -> result.put(unit, value + shift));
			return result;
		}

		@Override
		public double combine(String unit, Map<String, Double> values, Map<String, Double> weights) {
			double logSum = 0;
			for (var weight : weights.entrySet()) {
				double value = values.get(weight.getKey());
				if (weight.getValue() == 0) {
					continue;
				}
				if (!(value > 0)) {
					throw new IndexNotComputableException("Geometric aggregation needs strictly positive normalised "
							+ "values, but " + unit + " has " + Numbers.format(value) + " on " + weight.getKey()
							+ ". Choose the shift rule, or a normalisation with positive values (ratio to a reference).");
				}
				logSum += weight.getValue() * Math.log(value);
			}
			return Math.exp(logSum);
		}

		@Override
		public String describe() {
			return rule == NonPositiveValues.REFUSE ? "geometric mean (refused where a normalised value is 0 or below)"
					: "geometric mean (indicators with values of 0 or below shifted so their lowest is 1% of their range)";
		}
	}
}
