package org.ots.platform.foresight;

/** Gaussian likelihood arithmetic shared by the models fitted by maximum likelihood. */
final class LikelihoodFit {

	private LikelihoodFit() {
	}

	/**
	 * The sum of squared errors, kept away from zero: a series the model fits exactly (a constant) would otherwise
	 * have an infinite likelihood, and rounding noise would decide between equally perfect models.
	 */
	static double floored(double sse, double[] y) {
		double scale = 0;
		for (double v : y) {
			scale += Math.abs(v);
		}
		double floor = y.length * Math.pow(1e-10 * (scale / y.length + 1e-3), 2);
		return Math.max(sse, floor);
	}

	/** -2 log L of n errors with this sum of squares at its maximum (sigma squared = sse / n). */
	static double minusTwoLogLikelihood(double sse, int n) {
		return n * (Math.log(2 * Math.PI * sse / n) + 1);
	}

	/** AICc with k estimated parameters, the error variance included; NaN when n is too small for it. */
	static double aicc(double sse, int n, int k) {
		if (n - k - 1 <= 0) {
			return Double.NaN;
		}
		return minusTwoLogLikelihood(sse, n) + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1);
	}

	/** Whether n observations leave the AICc of a model with k parameters (variance included) defined. */
	static boolean enough(int n, int k) {
		return n - k - 1 > 0;
	}

	/** The logistic map of an unbounded optimiser coordinate onto [low, high]. */
	static double bounded(double u, double low, double high) {
		return low + (high - low) / (1 + Math.exp(-u));
	}

	/** The inverse of {@link #bounded}: the coordinate that maps onto value. */
	static double unbounded(double value, double low, double high) {
		double p = (value - low) / (high - low);
		return Math.log(p / (1 - p));
	}
}
