package org.ots.platform.monitoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a {@link Sensitivity} analysis: the base index, every variant with its ranks (the base first), and
 * per unit how its rank moves across the variants.
 */
public record SensitivityReport(IndexResult base, List<Variant> variants, List<UnitSensitivity> units) {

	public SensitivityReport {
		variants = List.copyOf(variants);
		units = List.copyOf(units);
	}

	/**
	 * One combination of choices. {@code ranks} is empty and {@code notComputableBecause} says why when the data do
	 * not allow it; {@code meanAbsoluteRankShift} is the mean over units of |rank − base rank|.
	 */
	public record Variant(String label, IndexMethod method, Map<String, Integer> ranks, Double meanAbsoluteRankShift,
			String notComputableBecause) {

		public Variant {
			ranks = Collections.unmodifiableMap(new LinkedHashMap<>(ranks));
		}

		static Variant computed(IndexMethod method, Map<String, Integer> ranks, Map<String, Integer> baseRanks) {
			List<Double> shifts = new ArrayList<>();
			baseRanks.forEach((unit, baseRank) -> {
				if (ranks.containsKey(unit)) {
					shifts.add((double) Math.abs(ranks.get(unit) - baseRank));
				}
			});
			return new Variant(label(method), method, ranks, mean(shifts), null);
		}

		static Variant notComputable(IndexMethod method, String reason) {
			return new Variant(label(method), method, Map.of(), null, reason);
		}

		public boolean computed() {
			return notComputableBecause == null;
		}

		/** The choices that vary; the missing-data rule is the base's in every variant. */
		private static String label(IndexMethod method) {
			return method.normalisation().describe() + ", " + method.weights().describe() + ", "
					+ method.aggregation().describe();
		}
	}

	/**
	 * One unit scored in the base index: its rank under each variant (in the order of {@link #variants()}, null
	 * where the variant was not computable or did not score the unit), the median and range of those ranks, and the
	 * mean absolute shift from the base rank over the other variants.
	 */
	public record UnitSensitivity(String unit, int baseRank, List<Integer> ranks, double medianRank, int bestRank,
			int worstRank, double meanAbsoluteRankShift) {

		public UnitSensitivity {
			ranks = Collections.unmodifiableList(new ArrayList<>(ranks));
		}
	}

	static SensitivityReport of(IndexResult base, List<Variant> variants) {
		List<UnitSensitivity> units = new ArrayList<>();
		base.ranks().forEach((unit, baseRank) -> units.add(unit(unit, baseRank, variants)));
		return new SensitivityReport(base, variants, units);
	}

	private static UnitSensitivity unit(String unit, int baseRank, List<Variant> variants) {
		List<Integer> ranks = new ArrayList<>();
		List<Integer> known = new ArrayList<>();
		List<Double> shifts = new ArrayList<>();
		for (int i = 0; i < variants.size(); i++) {
			Integer rank = variants.get(i).ranks().get(unit);
			ranks.add(rank);
			if (rank != null) {
				known.add(rank);
				if (i > 0) {
					shifts.add((double) Math.abs(rank - baseRank));
				}
			}
		}
		Collections.sort(known);
		return new UnitSensitivity(unit, baseRank, ranks, median(known), known.get(0), known.get(known.size() - 1),
				mean(shifts));
	}

	private static double median(List<Integer> sorted) {
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
	}

	private static Double mean(List<Double> values) {
		return values.isEmpty() ? 0.0 : values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
	}
}
