package org.ots.platform.monitoring;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How much each indicator counts: equal, or set by the Secretariat per indicator. Set weights may be given in any
 * unit (points, percentages); they are checked and normalised to sum 1 here, so the statement of the method shows
 * the shares that were actually used. A weight of zero keeps an indicator visible in the table without letting it
 * count.
 */
public final class Weights {

	private static final Weights EQUAL = new Weights(null);

	/** Normalised shares, or null for equal weights. */
	private final Map<String, Double> shares;

	private Weights(Map<String, Double> shares) {
		this.shares = shares;
	}

	public static Weights equal() {
		return EQUAL;
	}

	public static Weights set(Map<String, Double> weights) {
		if (weights == null || weights.isEmpty()) {
			throw new InvalidIndexException("Set weights need a weight for every indicator; none were given.");
		}
		double total = 0;
		for (var weight : weights.entrySet()) {
			Double value = weight.getValue();
			if (value == null || !Double.isFinite(value)) {
				throw new InvalidIndexException("The weight of " + weight.getKey() + " is not a number.");
			}
			if (value < 0) {
				throw new InvalidIndexException("The weight of " + weight.getKey() + " is negative ("
						+ Numbers.format(value) + "); weights must be zero or positive.");
			}
			total += value;
		}
		if (total == 0) {
			throw new InvalidIndexException("At least one weight must be positive; all " + weights.size()
					+ " are zero.");
		}
		Map<String, Double> shares = new LinkedHashMap<>();
		for (String indicator : new TreeSet<>(weights.keySet())) {
			shares.put(indicator, weights.get(indicator) / total);
		}
		return new Weights(shares);
	}

	public boolean isEqual() {
		return shares == null;
	}

	/** The share of each indicator, summing to 1, after checking that the weights cover exactly these indicators. */
	Map<String, Double> sharesFor(Collection<String> indicators) {
		Map<String, Double> result = new LinkedHashMap<>();
		if (shares == null) {
			indicators.forEach(indicator -> result.put(indicator, 1.0 / indicators.size()));
			return result;
		}
		Set<String> unknown = new TreeSet<>(shares.keySet());
		unknown.removeAll(indicators);
		if (!unknown.isEmpty()) {
			throw new InvalidIndexException("Weights are set for " + String.join(", ", unknown)
					+ ", which " + (unknown.size() == 1 ? "is not an indicator" : "are not indicators")
					+ " of this index.");
		}
		Set<String> unweighted = new TreeSet<>(indicators);
		unweighted.removeAll(shares.keySet());
		if (!unweighted.isEmpty()) {
			throw new InvalidIndexException("No weight is set for " + String.join(", ", unweighted)
					+ "; set weights must cover every indicator (use 0 to leave one out of the score).");
		}
		indicators.forEach(indicator -> result.put(indicator, shares.get(indicator)));
		return result;
	}

	public String describe() {
		if (shares == null) {
			return "equal weights";
		}
		return shares.entrySet()
			.stream()
			.map(share -> share.getKey() + " " + Numbers.rounded(share.getValue(), 3))
			.collect(Collectors.joining(", ", "weights set by the Secretariat (", ")"));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Weights weights && Objects.equals(shares, weights.shares);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(shares);
	}

	@Override
	public String toString() {
		return describe();
	}
}
