package org.ots.platform.monitoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A calculated index: per unit the score, the rank (1 for the best, ties at the minimum rank) and the normalised
 * values it was built from, together with the statement of the method. Scored units come first in rank order, then
 * the units that were not scored, each with the reason.
 */
public record IndexResult(IndexMethod method, String statement, List<UnitScore> units) {

	public IndexResult {
		units = List.copyOf(units);
	}

	/** One unit's line. Score and rank are null, and {@code notScoredBecause} says why, for an unscored unit. */
	public record UnitScore(String unit, Double score, Integer rank, Map<String, Double> normalised,
			String notScoredBecause) {

		public UnitScore {
			normalised = Collections.unmodifiableMap(new LinkedHashMap<>(normalised));
		}

		public boolean scored() {
			return score != null;
		}
	}

	public Optional<UnitScore> unit(String code) {
		return units.stream().filter(line -> line.unit().equals(code)).findFirst();
	}

	/** The scored units, best first. */
	public List<UnitScore> ranking() {
		return units.stream().filter(UnitScore::scored).toList();
	}

	/** Rank per scored unit, in rank order. */
	public Map<String, Integer> ranks() {
		Map<String, Integer> ranks = new LinkedHashMap<>();
		ranking().forEach(line -> ranks.put(line.unit(), line.rank()));
		return ranks;
	}
}
