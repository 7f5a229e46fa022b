package org.ots.platform.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ots.platform.indicators.Direction;

/**
 * Calculates a composite index as the OECD/JRC Handbook on Constructing Composite Indicators (2008) describes it:
 * units with too few data are set aside, each indicator is normalised over the remaining units so that higher is
 * better, and each unit's normalised values are combined with its weights. A pure function: the same matrix and
 * method always give the same result.
 */
public final class CompositeIndex {

	private CompositeIndex() {
	}

	public static IndexResult calculate(IndexMatrix matrix, IndexMethod method) {
		Map<String, Double> shares = method.weights().sharesFor(matrix.indicators());
		Map<String, String> notScored = new LinkedHashMap<>();
		Set<String> scored = new LinkedHashSet<>();
		for (String unit : matrix.units()) {
			String reason = reasonNotToScore(matrix, method.missingData(), shares, unit);
			if (reason == null) {
				scored.add(unit);
			}
			else {
				notScored.put(unit, reason);
			}
		}
		Map<String, Map<String, Double>> normalised = new LinkedHashMap<>();
		for (String indicator : matrix.indicators()) {
			normalised.put(indicator, method.normalisation()
				.normalise(indicator, matrix.column(indicator, scored), matrix.direction(indicator)));
		}
		Map<String, Map<String, Double>> prepared = method.aggregation().prepare(normalised);
		Map<String, Double> scores = new LinkedHashMap<>();
		for (String unit : scored) {
			Map<String, Double> weights = weightsOf(unit, matrix, shares);
			scores.put(unit, method.aggregation().combine(unit, valuesOf(unit, prepared), weights));
		}
		return new IndexResult(method, statement(matrix, method),
				lines(matrix, Ranks.highestFirst(scores), scores, normalised, notScored));
	}

	private static String reasonNotToScore(IndexMatrix matrix, MissingData rule, Map<String, Double> shares,
			String unit) {
		int total = matrix.indicators().size();
		int missing = total - matrix.available(unit);
		if (!rule.allows(missing, total)) {
			return "missing " + missing + " of " + total + " indicators";
		}
		double weight = matrix.indicatorsOf(unit).stream().mapToDouble(shares::get).sum();
		if (weight == 0) {
			return "none of the indicators it reports carries weight";
		}
		return null;
	}

	/** The unit's weights re-normalised over the indicators it reports, in indicator order. */
	private static Map<String, Double> weightsOf(String unit, IndexMatrix matrix, Map<String, Double> shares) {
		Set<String> reported = matrix.indicatorsOf(unit);
		double total = reported.stream().mapToDouble(shares::get).sum();
		Map<String, Double> weights = new LinkedHashMap<>();
		shares.forEach((indicator, share) -> {
			if (reported.contains(indicator)) {
				weights.put(indicator, share / total);
			}
		});
		return weights;
	}

	private static Map<String, Double> valuesOf(String unit, Map<String, Map<String, Double>> byIndicator) {
		Map<String, Double> values = new LinkedHashMap<>();
		byIndicator.forEach((indicator, column) -> {
			if (column.containsKey(unit)) {
				values.put(indicator, column.get(unit));
			}
		});
		return values;
	}

	private static List<IndexResult.UnitScore> lines(IndexMatrix matrix, Map<String, Integer> ranks,
			Map<String, Double> scores, Map<String, Map<String, Double>> normalised, Map<String, String> notScored) {
		List<IndexResult.UnitScore> lines = new ArrayList<>();
		ranks.forEach((unit, rank) -> lines
			.add(new IndexResult.UnitScore(unit, scores.get(unit), rank, valuesOf(unit, normalised), null)));
		lines.sort(Comparator.comparing(IndexResult.UnitScore::rank).thenComparing(IndexResult.UnitScore::unit));
		notScored.forEach((unit, reason) -> lines.add(new IndexResult.UnitScore(unit, null, null, Map.of(), reason)));
		return lines;
	}

	/** The method statement, naming the indicators where lower is better and how they were turned round. */
	static String statement(IndexMatrix matrix, IndexMethod method) {
		String lowerIsBetter = matrix.indicators()
			.stream()
			.filter(indicator -> matrix.direction(indicator) == Direction.DECREASE)
			.collect(Collectors.joining(", "));
		String statement = method.describe();
		if (!lowerIsBetter.isEmpty()) {
			statement += "; lower is better for " + lowerIsBetter + ", normalised as "
					+ method.normalisation().inversion();
		}
		return statement;
	}
}
