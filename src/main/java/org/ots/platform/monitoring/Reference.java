package org.ots.platform.monitoring;

import java.util.Map;

import org.ots.platform.indicators.Direction;

/**
 * What a distance-to-reference normalisation measures against (Handbook, step 5): a unit (a leader, or a state
 * the others want to reach), a value per indicator (a target or goalpost), or the best, worst or mean unit of the
 * year. "Best" follows the indicator's direction: the lowest value when lower is better.
 */
public sealed interface Reference {

	static Reference unit(String code) {
		return new OfUnit(code);
	}

	/** The same value for every indicator, such as 1 for components already scaled to 0-1. */
	static Reference value(double value) {
		return new OfValue(value);
	}

	static Reference values(Map<String, Double> perIndicator) {
		return new OfValues(Map.copyOf(perIndicator));
	}

	static Reference best() {
		return new Best();
	}

	static Reference worst() {
		return new Worst();
	}

	static Reference mean() {
		return new Mean();
	}

	/** The reference value of one indicator, given the values of the units being compared. */
	double valueFor(String indicator, Map<String, Double> values, Direction direction);

	String describe();

	record OfUnit(String code) implements Reference {

		@Override
		public double valueFor(String indicator, Map<String, Double> values, Direction direction) {
			Double value = values.get(code);
			if (value == null) {
				throw new IndexNotComputableException("The reference unit " + code + " has no value for " + indicator
						+ " among the scored units.");
			}
			return value;
		}

		@Override
		public String describe() {
			return code;
		}
	}

	record OfValue(double value) implements Reference {

		@Override
		public double valueFor(String indicator, Map<String, Double> values, Direction direction) {
			return value;
		}

		@Override
		public String describe() {
			return "the value " + Numbers.format(value);
		}
	}

	record OfValues(Map<String, Double> perIndicator) implements Reference {

		@Override
		public double valueFor(String indicator, Map<String, Double> values, Direction direction) {
			Double value = perIndicator.get(indicator);
			if (value == null) {
				throw new InvalidIndexException("No reference value is set for " + indicator + ".");
			}
			return value;
		}

		@Override
		public String describe() {
			return "a reference value per indicator";
		}
	}

	record Best() implements Reference {

		@Override
		public double valueFor(String indicator, Map<String, Double> values, Direction direction) {
			return direction == Direction.DECREASE ? Numbers.min(values) : Numbers.max(values);
		}

		@Override
		public String describe() {
			return "the best unit";
		}
	}

	record Worst() implements Reference {

		@Override
		public double valueFor(String indicator, Map<String, Double> values, Direction direction) {
			return direction == Direction.DECREASE ? Numbers.max(values) : Numbers.min(values);
		}

		@Override
		public String describe() {
			return "the worst unit";
		}
	}

	record Mean() implements Reference {

		@Override
		public double valueFor(String indicator, Map<String, Double> values, Direction direction) {
			return Numbers.mean(values);
		}

		@Override
		public String describe() {
			return "the mean of the units";
		}
	}
}
