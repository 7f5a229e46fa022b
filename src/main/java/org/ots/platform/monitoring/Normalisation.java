package org.ots.platform.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.ots.platform.indicators.Direction;

/**
 * How the raw values of one indicator are put on a common scale before they are combined (OECD/JRC Handbook on
 * Constructing Composite Indicators, 2008, step 5). After normalisation a higher value is always better: each
 * normalisation states how it turns an indicator where lower is better ({@link #inversion()}).
 * <p>
 * The statistics (minimum, maximum, mean, standard deviation, rank) are taken over the units that are scored and
 * report the indicator. An indicator on which those units do not differ carries no information for the comparison:
 * min-max gives every unit the middle of the scale and z-score gives 0, so it moves no unit against another.
 */
public sealed interface Normalisation {

	/** Min-max onto 0..upper: 1 and 100 are the usual scales. */
	static Normalisation minMax(double upper) {
		return new MinMax(upper);
	}

	static Normalisation zScore() {
		return new ZScore();
	}

	static Normalisation distanceTo(Reference reference, DistanceForm form) {
		return new DistanceToReference(reference, form);
	}

	static Normalisation rank() {
		return new Rank();
	}

	static Normalisation percentile() {
		return new Percentile();
	}

	/** The normalised values, unit by unit, of one indicator's raw values. */
	Map<String, Double> normalise(String indicator, Map<String, Double> values, Direction direction);

	/** A short phrase for the method statement: "min-max 0-100". */
	String describe();

	/** How an indicator where lower is better is turned so that higher is better. */
	String inversion();

	/** The two forms of distance to a reference the Handbook gives. */
	enum DistanceForm {
		/** x / reference: 1 at the reference. */
		RATIO,
		/** (x − reference) / reference: 0 at the reference. */
		DIFFERENCE
	}

	/** Min-max, {@code (x − min) / (max − min)}, multiplied by the upper end of the scale. */
	record MinMax(double upper) implements Normalisation {

		public MinMax {
			if (!(upper > 0) || Double.isInfinite(upper)) {
				throw new InvalidIndexException("Min-max needs a positive upper end of its scale, such as 1 or 100; got "
						+ upper + ".");
			}
		}

		@Override
		public Map<String, Double> normalise(String indicator, Map<String, Double> values, Direction direction) {
			if (values.isEmpty()) {
				return Map.of();
			}
			double min = Numbers.min(values);
			double range = Numbers.max(values) - min;
			if (range == 0) {
				return each(values, x -> upper / 2);
			}
			return each(values, x -> {
				double share = (x - min) / range;
				return upper * (direction == Direction.DECREASE ? 1 - share : share);
			});
		}

		@Override
		public String describe() {
			return "min-max 0-" + Numbers.format(upper);
		}

		@Override
		public String inversion() {
			return "(max − x) / (max − min)";
		}
	}

	/** Standardisation, {@code (x − mean) / s} with the sample standard deviation s, as the Handbook's Table 15. */
	record ZScore() implements Normalisation {

		@Override
		public Map<String, Double> normalise(String indicator, Map<String, Double> values, Direction direction) {
			if (values.isEmpty()) {
				return Map.of();
			}
			double mean = Numbers.mean(values);
			double sd = Numbers.sampleStandardDeviation(values);
			if (!(sd > 0)) {
				return each(values, x -> 0.0);
			}
			double sign = direction == Direction.DECREASE ? -1 : 1;
			return each(values, x -> sign * (x - mean) / sd);
		}

		@Override
		public String describe() {
			return "z-score (sample standard deviation)";
		}

		@Override
		public String inversion() {
			return "(mean − x) / s";
		}
	}

	/**
	 * Distance to a reference: ratio {@code x / ref} or difference {@code (x − ref) / ref}. Where lower is better the
	 * difference changes sign, {@code (ref − x) / ref}, and the ratio is mirrored around 1, {@code 2 − x / ref}, so
	 * that in both directions ratio = 1 + difference. Mirroring keeps the result a straight line in x, as every other
	 * normalisation here is, and stays defined at x = 0 (where {@code ref / x} would not). The reference must be
	 * positive: these are ratio-scale measures, and a negative reference would turn the order round.
	 */
	record DistanceToReference(Reference reference, DistanceForm form) implements Normalisation {

		public DistanceToReference {
			if (reference == null || form == null) {
				throw new InvalidIndexException("Distance to a reference needs both a reference and a form.");
			}
		}

		@Override
		public Map<String, Double> normalise(String indicator, Map<String, Double> values, Direction direction) {
			if (values.isEmpty()) {
				return Map.of();
			}
			double ref = reference.valueFor(indicator, values, direction);
			if (!(ref > 0)) {
				throw new IndexNotComputableException("Distance to " + reference.describe() + " needs a positive "
						+ "reference, but the reference for " + indicator + " is " + Numbers.format(ref) + ".");
			}
			double sign = direction == Direction.DECREASE ? -1 : 1;
			double offset = form == DistanceForm.RATIO ? 1 : 0;
			return each(values, x -> offset + sign * (x - ref) / ref);
		}

		@Override
		public String describe() {
			return (form == DistanceForm.RATIO ? "ratio to " : "relative difference to ") + reference.describe();
		}

		@Override
		public String inversion() {
			return form == DistanceForm.RATIO ? "2 − x / reference" : "(reference − x) / reference";
		}
	}

	/** Rank from the worst (1) to the best, ties at the minimum rank. */
	record Rank() implements Normalisation {

		@Override
		public Map<String, Double> normalise(String indicator, Map<String, Double> values, Direction direction) {
			Map<String, Double> oriented = each(values, x -> direction == Direction.DECREASE ? -x : x);
			Map<String, Integer> ranks = Ranks.ascending(oriented);
			Map<String, Double> result = new LinkedHashMap<>();
			values.keySet().forEach(unit -> result.put(unit, (double) ranks.get(unit)));
			return result;
		}

		@Override
		public String describe() {
			return "rank (ties at the minimum rank)";
		}

		@Override
		public String inversion() {
			return "ranked from the highest value";
		}
	}

	/** Percentile as the Handbook's Table 15 gives it: rank / number of units reporting × 100. */
	record Percentile() implements Normalisation {

		@Override
		public Map<String, Double> normalise(String indicator, Map<String, Double> values, Direction direction) {
			int n = values.size();
			return each(new Rank().normalise(indicator, values, direction), rank -> rank / n * 100);
		}

		@Override
		public String describe() {
			return "percentile (rank / units × 100)";
		}

		@Override
		public String inversion() {
			return "ranked from the highest value";
		}
	}

	private static Map<String, Double> each(Map<String, Double> values, DoubleUnaryOperator f) {
		Map<String, Double> result = new LinkedHashMap<>();
		values.forEach((unit, x) -> result.put(unit, f.applyAsDouble(x)));
		return result;
	}
}
