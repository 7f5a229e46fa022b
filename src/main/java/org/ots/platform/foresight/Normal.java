package org.ots.platform.foresight;

/** The standard normal distribution: every predictive distribution is normal, on the values or on their logarithms. */
final class Normal {

	/** Quantiles bounding the central 80% and 95% of the distribution. */
	static final double Z80 = 1.2815515655446004, Z95 = 1.959963984540054;

	private Normal() {
	}

	/** P(Z <= z), from the complementary error function. */
	static double cdf(double z) {
		return 0.5 * erfc(-z / Math.sqrt(2));
	}

	/**
	 * The complementary error function by the Chebyshev fit of Numerical Recipes (Press et al., 3rd ed., 6.2.2),
	 * relative error below 1.2e-7 everywhere: ample for probabilities shown to whole percents.
	 */
	private static double erfc(double x) {
		double z = Math.abs(x);
		double t = 1 / (1 + 0.5 * z);
		double poly = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
				+ t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
		double value = t * Math.exp(poly);
		return x >= 0 ? value : 2 - value;
	}
}
