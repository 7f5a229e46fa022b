package org.ots.platform.foresight;

import java.util.function.ToDoubleFunction;

/**
 * The downhill simplex method of Nelder and Mead (1965) over unbounded coordinates; the models map them onto
 * their admissible parameter ranges themselves. Deterministic: the same start gives the same path.
 */
final class NelderMead {

	private static final double REFLECTION = 1, EXPANSION = 2, CONTRACTION = 0.5, SHRINK = 0.5;

	private NelderMead() {
	}

	/** The coordinates with the smallest value of {@code objective} found from {@code start}. */
	static double[] minimise(ToDoubleFunction<double[]> objective, double[] start, double step, int maxEvaluations,
			double tolerance) {
		int d = start.length;
		double[][] simplex = new double[d + 1][];
		double[] values = new double[d + 1];
		simplex[0] = start.clone();
		for (int i = 1; i <= d; i++) {
			simplex[i] = start.clone();
			simplex[i][i - 1] += step;
		}
		for (int i = 0; i <= d; i++) {
			values[i] = objective.applyAsDouble(simplex[i]);
		}
		int evaluations = d + 1;
		while (evaluations < maxEvaluations) {
			sort(simplex, values);
			if (Math.abs(values[d] - values[0]) <= tolerance * (Math.abs(values[0]) + tolerance)) {
				break;
			}
			double[] centroid = new double[d];
			for (int i = 0; i < d; i++) {
				for (int j = 0; j < d; j++) {
					centroid[j] += simplex[i][j] / d;
				}
			}
			double[] reflected = towards(centroid, simplex[d], -REFLECTION);
			double reflectedValue = objective.applyAsDouble(reflected);
			evaluations++;
			if (reflectedValue < values[0]) {
				double[] expanded = towards(centroid, simplex[d], -EXPANSION);
				double expandedValue = objective.applyAsDouble(expanded);
				evaluations++;
				boolean expansionWins = expandedValue < reflectedValue;
				simplex[d] = expansionWins ? expanded : reflected;
				values[d] = expansionWins ? expandedValue : reflectedValue;
			}
			else if (reflectedValue < values[d - 1]) {
				simplex[d] = reflected;
				values[d] = reflectedValue;
			}
			else {
				boolean outside = reflectedValue < values[d];
				double[] contracted = outside ? towards(centroid, reflected, CONTRACTION)
						: towards(centroid, simplex[d], CONTRACTION);
				double contractedValue = objective.applyAsDouble(contracted);
				evaluations++;
				if (contractedValue < Math.min(reflectedValue, values[d])) {
					simplex[d] = contracted;
					values[d] = contractedValue;
				}
				else {
					for (int i = 1; i <= d; i++) {
						simplex[i] = towards(simplex[0], simplex[i], SHRINK);
						values[i] = objective.applyAsDouble(simplex[i]);
					}
					evaluations += d;
				}
			}
		}
		sort(simplex, values);
		return simplex[0];
	}

	/** The point {@code from + factor * (to - from)}. */
	private static double[] towards(double[] from, double[] to, double factor) {
		double[] point = new double[from.length];
		for (int j = 0; j < from.length; j++) {
			point[j] = from[j] + factor * (to[j] - from[j]);
		}
		return point;
	}

	/** Insertion sort by value: the simplex has at most four vertices here. */
	private static void sort(double[][] simplex, double[] values) {
		for (int i = 1; i < values.length; i++) {
			double value = values[i];
			double[] vertex = simplex[i];
			int j = i - 1;
			while (j >= 0 && values[j] > value) {
				values[j + 1] = values[j];
				simplex[j + 1] = simplex[j];
				j--;
			}
			values[j + 1] = value;
			simplex[j + 1] = vertex;
		}
	}
}
