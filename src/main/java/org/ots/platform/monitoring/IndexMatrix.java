package org.ots.platform.monitoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

import org.ots.platform.indicators.Direction;

/**
 * The data of one index for one year: units (states, or the OTS as a whole) by indicators, each indicator with the
 * direction in which it is better. A cell may be empty; the method's {@link MissingData} rule decides what an empty
 * cell costs the unit. Units are kept in code order so that every calculation over the matrix is deterministic.
 */
public final class IndexMatrix {

	private final Map<String, Direction> indicators;

	private final Map<String, Map<String, Double>> values;

	private IndexMatrix(Map<String, Direction> indicators, Map<String, Map<String, Double>> values) {
		this.indicators = Collections.unmodifiableMap(indicators);
		this.values = Collections.unmodifiableMap(values);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Indicator codes in the order they were declared. */
	public List<String> indicators() {
		return List.copyOf(indicators.keySet());
	}

	/** Unit codes in alphabetical order. */
	public Set<String> units() {
		return values.keySet();
	}

	public Direction direction(String indicator) {
		return indicators.get(indicator);
	}

	public OptionalDouble value(String unit, String indicator) {
		Double value = values.getOrDefault(unit, Map.of()).get(indicator);
		return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
	}

	int available(String unit) {
		return values.get(unit).size();
	}

	Set<String> indicatorsOf(String unit) {
		return values.get(unit).keySet();
	}

	/** The indicator's values for those of the given units that report it, in unit order. */
	Map<String, Double> column(String indicator, Set<String> units) {
		Map<String, Double> column = new LinkedHashMap<>();
		for (String unit : units) {
			Double value = values.get(unit).get(indicator);
			if (value != null) {
				column.put(unit, value);
			}
		}
		return column;
	}

	public static final class Builder {

		private final Map<String, Direction> indicators = new LinkedHashMap<>();

		private final Map<String, Map<String, Double>> values = new TreeMap<>();

		private Builder() {
		}

		/**
		 * Declares an indicator. Context indicators (direction NONE, such as population) have no better end, so
		 * they cannot enter a ranking.
		 */
		public Builder indicator(String code, Direction direction) {
			requireCode(code, "an indicator");
			if (direction == null || direction == Direction.NONE) {
				throw new InvalidIndexException("Indicator " + code + " has no direction in which it is better "
						+ "(increase or decrease), so it cannot enter an index.");
			}
			if (indicators.putIfAbsent(code, direction) != null) {
				throw new InvalidIndexException("Indicator " + code + " is declared twice.");
			}
			return this;
		}

		/** Declares a unit, so that a unit without any value is listed as not scored rather than forgotten. */
		public Builder unit(String code) {
			requireCode(code, "a unit");
			values.computeIfAbsent(code, c -> new TreeMap<>());
			return this;
		}

		public Builder value(String unit, String indicator, double value) {
			unit(unit);
			if (!indicators.containsKey(indicator)) {
				throw new InvalidIndexException("Value for " + unit + " on " + indicator
						+ ", which is not a declared indicator of this index.");
			}
			if (!Double.isFinite(value)) {
				throw new InvalidIndexException("Value for " + unit + " on " + indicator + " is not a number: " + value
						+ ". Leave the cell empty instead.");
			}
			if (values.get(unit).putIfAbsent(indicator, value) != null) {
				throw new InvalidIndexException("Two values for " + unit + " on " + indicator + ".");
			}
			return this;
		}

		public IndexMatrix build() {
			if (indicators.isEmpty() || values.isEmpty()) {
				throw new InvalidIndexException("An index needs at least one indicator and one unit.");
			}
			Map<String, Map<String, Double>> frozen = new TreeMap<>();
			values.forEach((unit, row) -> frozen.put(unit, Collections.unmodifiableMap(new TreeMap<>(row))));
			return new IndexMatrix(new LinkedHashMap<>(indicators), frozen);
		}

		private static void requireCode(String code, String what) {
			if (code == null || code.isBlank()) {
				throw new InvalidIndexException("The code of " + what + " is empty.");
			}
		}
	}
}
