package org.ots.platform.foresight;

import java.util.Map;

/**
 * The random walk with drift: the last value plus h times the average yearly change d. Its variance,
 * {@code sigma^2 h (1 + h / (n - 1))}, adds the uncertainty of the estimated drift to that of the walk, so the fan
 * of a short series opens quickly (Hyndman and Athanasopoulos, Forecasting: principles and practice, 5.5).
 */
final class NaiveWithDrift {

	private NaiveWithDrift() {
	}

	/** Needs at least three values: two differences, one for the drift and one for the spread around it. */
	static ModelForecast fit(double[] y, int horizon) {
		int n = y.length;
		double drift = (y[n - 1] - y[0]) / (n - 1);
		double sse = 0;
		for (int t = 1; t < n; t++) {
			double e = y[t] - y[t - 1] - drift;
			sse += e * e;
		}
		double sigma2 = LikelihoodFit.floored(sse, y) / (n - 2);
		double[] mean = new double[horizon];
		double[] variance = new double[horizon];
		for (int h = 1; h <= horizon; h++) {
			mean[h - 1] = y[n - 1] + h * drift;
			variance[h - 1] = sigma2 * h * (1 + (double) h / (n - 1));
		}
		ModelFit fit = new ModelFit(ProjectionMethod.NAIVE_WITH_DRIFT, Map.of("drift", drift), Double.NaN,
				Math.sqrt(sigma2), n);
		return new ModelForecast(fit, mean, variance);
	}
}
