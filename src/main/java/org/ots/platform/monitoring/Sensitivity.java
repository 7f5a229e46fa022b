package org.ots.platform.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How much the ranks of an index owe to the choices behind it. The Handbook's uncertainty and sensitivity analysis
 * (step 7) draws the choices at random many times and decomposes the variance of each rank; this is the simplified,
 * exhaustive form: every combination of
 * <ul>
 * <li>normalisation: the base one and each other kind (min-max on the base scale or 0-100, z-score, distance to
 * the base's reference or else ratio to the mean, rank, percentile),</li>
 * <li>weights: the base ones and, if they were set, equal weights,</li>
 * <li>aggregation: arithmetic and geometric, the latter shifting non-positive values unless the base's own
 * geometric rule says otherwise,</li>
 * </ul>
 * is computed once, and each counts the same. Per unit it reports the rank under every variant, the median rank,
 * the range of ranks and the mean absolute shift from the base rank; per variant the mean absolute shift over the
 * units (the Handbook's average shift in ranks). A variant the data do not allow (a zero reference, say) is listed
 * as not computable, with the reason, and left out of the statistics.
 */
public final class Sensitivity {

	private Sensitivity() {
	}

	public static SensitivityReport analyse(IndexMatrix matrix, IndexMethod base) {
		IndexResult baseResult = CompositeIndex.calculate(matrix, base);
		List<SensitivityReport.Variant> variants = new ArrayList<>();
		variants.add(SensitivityReport.Variant.computed(base, baseResult.ranks(), baseResult.ranks()));
		for (IndexMethod method : alternatives(base)) {
			try {
				Map<String, Integer> ranks = CompositeIndex.calculate(matrix, method).ranks();
				variants.add(SensitivityReport.Variant.computed(method, ranks, baseResult.ranks()));
			}
			catch (IndexNotComputableException refused) {
				variants.add(SensitivityReport.Variant.notComputable(method, refused.getMessage()));
			}
		}
		return SensitivityReport.of(baseResult, variants);
	}

	/** Every other combination of normalisation, weights and aggregation, in a fixed order. */
	static List<IndexMethod> alternatives(IndexMethod base) {
		List<IndexMethod> methods = new ArrayList<>();
		for (Normalisation normalisation : normalisations(base.normalisation())) {
			for (Weights weights : weights(base.weights())) {
				for (Aggregation aggregation : aggregations(base.aggregation())) {
					IndexMethod method = new IndexMethod(normalisation, weights, aggregation, base.missingData());
					if (!method.equals(base)) {
						methods.add(method);
					}
				}
			}
		}
		return methods;
	}

	private static List<Normalisation> normalisations(Normalisation base) {
		double scale = base instanceof Normalisation.MinMax minMax ? minMax.upper() : 100;
		Normalisation distance = base instanceof Normalisation.DistanceToReference ? base
				: Normalisation.distanceTo(Reference.mean(), Normalisation.DistanceForm.RATIO);
		List<Normalisation> all = new ArrayList<>(List.of(base));
		for (Normalisation other : List.of(Normalisation.minMax(scale), Normalisation.zScore(), distance,
				Normalisation.rank(), Normalisation.percentile())) {
			if (other.getClass() != base.getClass()) {
				all.add(other);
			}
		}
		return all;
	}

	private static List<Weights> weights(Weights base) {
		return base.isEqual() ? List.of(base) : List.of(base, Weights.equal());
	}

	private static List<Aggregation> aggregations(Aggregation base) {
		Aggregation geometric = base instanceof Aggregation.Geometric ? base
				: Aggregation.geometric(Aggregation.NonPositiveValues.SHIFT);
		return List.of(base, base instanceof Aggregation.Arithmetic ? geometric : Aggregation.arithmetic());
	}
}
