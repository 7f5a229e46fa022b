package org.ots.platform.foresight;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Theta method of Assimakopoulos and Nikolopoulos (2000) for non-seasonal series, in the form Hyndman and
 * Billah (2003) showed it to be: simple exponential smoothing with a drift of half the slope b of the least-squares
 * line, {@code l(n) + b/2 (h - 1 + (1 - (1 - alpha)^n) / alpha)}. Its prediction intervals are those of the
 * smoothing model, as in the forecast package's thetaf.
 */
final class ThetaMethod {

	private ThetaMethod() {
	}

	static Optional<ModelForecast> fit(double[] y, int horizon) {
		return ExponentialSmoothing.fit(y, ExponentialSmoothing.Trend.NONE, horizon).map(ses -> withDrift(y, ses));
	}

	private static ModelForecast withDrift(double[] y, ModelForecast ses) {
		int n = y.length;
		double alpha = ses.fit().parameters().get("alpha");
		double drift = slope(y) / 2;
		double start = (1 - Math.pow(1 - alpha, n)) / alpha;
		double[] mean = new double[ses.horizon()];
		for (int h = 1; h <= mean.length; h++) {
			mean[h - 1] = ses.mean()[h - 1] + drift * (h - 1 + start);
		}
		Map<String, Double> parameters = new LinkedHashMap<>(ses.fit().parameters());
		parameters.put("drift", drift);
		ModelFit fit = new ModelFit(ProjectionMethod.THETA, parameters, ses.fit().aicc(), ses.fit().sigma(), n);
		return new ModelForecast(fit, mean, ses.variance().clone());
	}

	/** The slope of the least-squares line through the points (t, y(t)). */
	static double slope(double[] y) {
		int n = y.length;
		double meanT = (n + 1) / 2.0;
		double meanY = 0;
		for (double v : y) {
			meanY += v / n;
		}
		double sxy = 0, sxx = 0;
		for (int t = 1; t <= n; t++) {
			sxy += (t - meanT) * (y[t - 1] - meanY);
			sxx += (t - meanT) * (t - meanT);
		}
		return sxy / sxx;
	}
}
