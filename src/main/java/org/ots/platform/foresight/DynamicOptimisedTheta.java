package org.ots.platform.foresight;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The dynamic optimised Theta model (DOTM) of Fiorucci, Pellegrini, Louzada, Petropoulos and Koehler (2016), a
 * state-space model whose trend line is re-estimated every year:
 *
 * <pre>
 * y(t)  = mu(t) + e(t)
 * mu(t) = l(t-1) + (1 - 1/theta) ((1-alpha)^(t-1) A(t-1) + (1 - (1-alpha)^t) / alpha B(t-1))
 * l(t)  = alpha y(t) + (1 - alpha) l(t-1)
 * </pre>
 *
 * where A(t) and B(t) are the intercept and slope of the least-squares line through y(1..t), updated
 * recursively. For a given alpha the errors are linear in l(0) and in omega = 1 - 1/theta, so those two come from
 * least squares (omega kept in [0, 1), i.e. theta at least 1) and only alpha is searched: a grid, then golden
 * section around the best grid point. The prediction variance is the one the paper uses, that of simple
 * exponential smoothing, {@code sigma^2 (1 + (h-1) alpha^2)}.
 */
final class DynamicOptimisedTheta {

	/** alpha, theta and l(0), without the error variance. */
	private static final int PARAMETERS = 3;
	private static final double OMEGA_MAX = 0.999;
	private static final int GRID = 20;

	private DynamicOptimisedTheta() {
	}

	static Optional<ModelForecast> fit(double[] y, int horizon) {
		if (!LikelihoodFit.enough(y.length, PARAMETERS + 1)) {
			return Optional.empty();
		}
		double alpha = bestAlpha(y);
		return Optional.of(forecast(y, alpha, run(y, alpha), horizon));
	}

	private static double bestAlpha(double[] y) {
		double step = 1.0 / GRID;
		double best = step / 2;
		double bestSse = Double.POSITIVE_INFINITY;
		for (int i = 0; i < GRID; i++) {
			double alpha = step / 2 + i * step;
			double sse = run(y, alpha).sse;
			if (sse < bestSse) {
				bestSse = sse;
				best = alpha;
			}
		}
		return goldenSection(y, Math.max(1e-3, best - step), Math.min(0.999, best + step));
	}

	private static double goldenSection(double[] y, double low, double high) {
		double ratio = (Math.sqrt(5) - 1) / 2;
		double a = low, b = high;
		double c = b - ratio * (b - a), d = a + ratio * (b - a);
		double fc = run(y, c).sse, fd = run(y, d).sse;
		for (int i = 0; i < 30; i++) {
			if (fc < fd) {
				b = d;
				d = c;
				fd = fc;
				c = b - ratio * (b - a);
				fc = run(y, c).sse;
			}
			else {
				a = c;
				c = d;
				fc = fd;
				d = a + ratio * (b - a);
				fd = run(y, d).sse;
			}
		}
		return (a + b) / 2;
	}

	/** The fit for one alpha: best l(0) and omega, their sum of squares, and the final states. */
	private record Run(double sse, double level0, double omega, double level, double intercept, double slope) {
	}

	/**
	 * Runs the recursions with l(0) = 0 and collects the regressors of l(0) ((1-alpha)^(t-1)) and of omega (the
	 * bracket of mu) to solve the 2x2 least-squares problem for them.
	 */
	private static Run run(double[] y, double alpha) {
		int n = y.length;
		double level = 0, mean = 0, intercept = 0, slope = 0, decay = 1;
		double szz = 0, sz1 = 0, sz2 = 0, s11 = 0, s12 = 0, s22 = 0;
		for (int t = 1; t <= n; t++) {
			double value = y[t - 1];
			double trendTerm = decay * intercept + (1 - decay * (1 - alpha)) / alpha * slope;
			double z = value - level;
			szz += z * z;
			sz1 += z * decay;
			sz2 += z * trendTerm;
			s11 += decay * decay;
			s12 += decay * trendTerm;
			s22 += trendTerm * trendTerm;
			level = alpha * value + (1 - alpha) * level;
			decay *= 1 - alpha;
			double previousMean = mean;
			mean += (value - mean) / t;
			slope = t == 1 ? 0 : ((t - 2.0) / (t + 1)) * slope + 6.0 / (t * (t + 1.0)) * (value - previousMean);
			intercept = mean - (t + 1) / 2.0 * slope;
		}
		double det = s11 * s22 - s12 * s12;
		double omega = det > 1e-12 * s11 * s22 ? (s11 * sz2 - s12 * sz1) / det : 0;
		omega = Math.min(OMEGA_MAX, Math.max(0, omega));
		double level0 = (sz1 - omega * s12) / s11;
		double sse = szz - 2 * level0 * sz1 - 2 * omega * sz2 + level0 * level0 * s11 + 2 * level0 * omega * s12
				+ omega * omega * s22;
		double finalLevel = level + decay * level0;
		return new Run(LikelihoodFit.floored(Math.max(0, sse), y), level0, omega, finalLevel, intercept, slope);
	}

	private static ModelForecast forecast(double[] y, double alpha, Run run, int horizon) {
		int n = y.length;
		double sigma2 = run.sse / (n - PARAMETERS);
		double[] mean = new double[horizon];
		double[] variance = new double[horizon];
		double start = Math.pow(1 - alpha, n) * run.intercept + (1 - Math.pow(1 - alpha, n + 1)) / alpha * run.slope;
		for (int h = 1; h <= horizon; h++) {
			mean[h - 1] = run.level + run.omega * (start + (h - 1) * run.slope);
			variance[h - 1] = sigma2 * (1 + (h - 1) * alpha * alpha);
		}
		Map<String, Double> parameters = new LinkedHashMap<>();
		parameters.put("alpha", alpha);
		parameters.put("theta", 1 / (1 - run.omega));
		parameters.put("l0", run.level0);
		ModelFit fit = new ModelFit(ProjectionMethod.DYNAMIC_OPTIMISED_THETA, parameters,
				LikelihoodFit.aicc(run.sse, n, PARAMETERS + 1), Math.sqrt(sigma2), n);
		return new ModelForecast(fit, mean, variance);
	}
}
