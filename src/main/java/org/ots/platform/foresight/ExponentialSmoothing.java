package org.ots.platform.foresight;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Exponential smoothing in state-space form with additive errors (Hyndman et al. 2008, chapter 2):
 *
 * <pre>
 * y(t) = l(t-1) + phi b(t-1) + e(t)
 * l(t) = l(t-1) + phi b(t-1) + alpha e(t)
 * b(t) = phi b(t-1) + beta e(t)
 * </pre>
 *
 * without the trend b for ETS(A,N,N) and with phi = 1 for ETS(A,A,N). The smoothing parameters are estimated by
 * maximum likelihood within the usual bounds of the forecast package (alpha and beta in [1e-4, 0.9999], beta at
 * most alpha, phi in [0.8, 0.98]). The initial states need no search: for given smoothing parameters the errors are
 * linear in them, so their maximum-likelihood values come from a small least-squares problem.
 */
final class ExponentialSmoothing {

	private static final double LOW = 1e-4, HIGH = 0.9999, PHI_LOW = 0.8, PHI_HIGH = 0.98;

	enum Trend {
		NONE(ProjectionMethod.SIMPLE_EXPONENTIAL_SMOOTHING, 2), ADDITIVE(ProjectionMethod.HOLT, 4),
		DAMPED(ProjectionMethod.DAMPED_TREND, 5);

		final ProjectionMethod method;
		/** Smoothing parameters and initial states estimated, without the error variance. */
		final int parameters;

		Trend(ProjectionMethod method, int parameters) {
			this.method = method;
			this.parameters = parameters;
		}
	}

	private ExponentialSmoothing() {
	}

	/** The model of the three with the smallest AICc, or empty when the series is too short for any. */
	static Optional<ModelForecast> chosenByAicc(double[] y, int horizon) {
		ModelForecast best = null;
		for (Trend trend : Trend.values()) {
			Optional<ModelForecast> candidate = fit(y, trend, horizon);
			// Strictly smaller: on a tie (a constant series) the simpler model, tried first, stays.
			if (candidate.isPresent() && (best == null || candidate.get().fit().aicc() < best.fit().aicc() - 1e-9)) {
				best = candidate.get();
			}
		}
		return Optional.ofNullable(best);
	}

	/** The model fitted by maximum likelihood, or empty when the series is too short for its AICc. */
	static Optional<ModelForecast> fit(double[] y, Trend trend, int horizon) {
		if (!LikelihoodFit.enough(y.length, trend.parameters + 1)) {
			return Optional.empty();
		}
		double[] best = bestStart(y, trend);
		double[] u = NelderMead.minimise(v -> objective(y, trend, v), best, 0.5, 200 * best.length, 1e-7);
		return Optional.of(forecast(y, trend, smoothing(trend, u), horizon));
	}

	/** The most likely of a few spread starting points, so that the simplex starts near the global optimum. */
	private static double[] bestStart(double[] y, Trend trend) {
		double[] alphas = { 0.1, 0.3, 0.5, 0.7, 0.95 };
		double[] betaShares = trend == Trend.NONE ? new double[] { 0 } : new double[] { 0.05, 0.3, 0.8 };
		double[] phis = trend == Trend.DAMPED ? new double[] { 0.85, 0.95 } : new double[] { 1 };
		double[] best = null;
		double bestValue = Double.POSITIVE_INFINITY;
		for (double alpha : alphas) {
			for (double share : betaShares) {
				for (double phi : phis) {
					double[] u = coordinates(trend, alpha, share, phi);
					double value = objective(y, trend, u);
					if (value < bestValue) {
						bestValue = value;
						best = u;
					}
				}
			}
		}
		return best;
	}

	private static double[] coordinates(Trend trend, double alpha, double betaShare, double phi) {
		double a = LikelihoodFit.unbounded(alpha, LOW, HIGH);
		return switch (trend) {
			case NONE -> new double[] { a };
			case ADDITIVE -> new double[] { a, LikelihoodFit.unbounded(betaShare, 0, 1) };
			case DAMPED -> new double[] { a, LikelihoodFit.unbounded(betaShare, 0, 1),
					LikelihoodFit.unbounded(phi, PHI_LOW, PHI_HIGH) };
		};
	}

	/** alpha, beta and phi from the optimiser's unbounded coordinates. */
	private static double[] smoothing(Trend trend, double[] u) {
		double alpha = LikelihoodFit.bounded(u[0], LOW, HIGH);
		double beta = trend == Trend.NONE ? 0 : LikelihoodFit.bounded(u[1], LOW, alpha);
		double phi = trend == Trend.DAMPED ? LikelihoodFit.bounded(u[2], PHI_LOW, PHI_HIGH) : 1;
		return new double[] { alpha, beta, phi };
	}

	private static double objective(double[] y, Trend trend, double[] u) {
		double[] s = smoothing(trend, u);
		double sse = LikelihoodFit.floored(filter(y, trend, s[0], s[1], s[2]).sse, y);
		return y.length * Math.log(sse / y.length);
	}

	private static ModelForecast forecast(double[] y, Trend trend, double[] s, int horizon) {
		double alpha = s[0], beta = s[1], phi = s[2];
		Filtered f = filter(y, trend, alpha, beta, phi);
		int n = y.length;
		double sse = LikelihoodFit.floored(f.sse, y);
		double sigma2 = sse / (n - trend.parameters);
		double[] mean = new double[horizon];
		double[] variance = new double[horizon];
		double dampedSum = 0;
		double sumOfSquaredWeights = 0;
		for (int h = 1; h <= horizon; h++) {
			dampedSum += Math.pow(phi, h);
			mean[h - 1] = f.level + (trend == Trend.NONE ? 0 : dampedSum * f.trend);
			// Var(h) = sigma^2 (1 + sum_{j<h} c_j^2) with c_j = alpha + beta (phi + ... + phi^j) (Hyndman et al.
			// 2008, section 6.3); the weight for j = h - 1 uses the damped sum up to h - 1.
			variance[h - 1] = sigma2 * (1 + sumOfSquaredWeights);
			double c = alpha + (trend == Trend.NONE ? 0 : beta * dampedSum);
			sumOfSquaredWeights += c * c;
		}
		Map<String, Double> parameters = new LinkedHashMap<>();
		parameters.put("alpha", alpha);
		if (trend != Trend.NONE) {
			parameters.put("beta", beta);
		}
		if (trend == Trend.DAMPED) {
			parameters.put("phi", phi);
		}
		parameters.put("l0", f.initialLevel);
		if (trend != Trend.NONE) {
			parameters.put("b0", f.initialTrend);
		}
		ModelFit fit = new ModelFit(trend.method, parameters, LikelihoodFit.aicc(sse, n, trend.parameters + 1),
				Math.sqrt(sigma2), n);
		return new ModelForecast(fit, mean, variance);
	}

	/** The one-step errors' sum of squares and the final states, with the least-squares initial states. */
	private record Filtered(double sse, double initialLevel, double initialTrend, double level, double trend) {
	}

	/**
	 * Runs the recursions three times at once: on the data from zero initial states, and on zero data from a unit
	 * initial level and from a unit initial trend. The errors for any initial states are the first run plus those
	 * states times the other two, so the normal equations give the best initial states in closed form.
	 */
	private static Filtered filter(double[] y, Trend trend, double alpha, double beta, double phi) {
		boolean trended = trend != Trend.NONE;
		double l = 0, b = 0, l1 = 1, b1 = 0, l2 = 0, b2 = 1;
		double s00 = 0, s01 = 0, s02 = 0, s11 = 0, s12 = 0, s22 = 0;
		for (double value : y) {
			double e0 = value - l - phi * b;
			double e1 = -l1 - phi * b1;
			double e2 = -l2 - phi * b2;
			l = l + phi * b + alpha * e0;
			b = phi * b + beta * e0;
			l1 = l1 + phi * b1 + alpha * e1;
			b1 = phi * b1 + beta * e1;
			l2 = l2 + phi * b2 + alpha * e2;
			b2 = phi * b2 + beta * e2;
			s00 += e0 * e0;
			s01 += e0 * e1;
			s02 += e0 * e2;
			s11 += e1 * e1;
			s12 += e1 * e2;
			s22 += e2 * e2;
		}
		double x1, x2;
		if (trended) {
			// A tiny ridge keeps the 2x2 system solvable when alpha near 1 makes the initial states irrelevant.
			double ridge = 1e-10 * (s11 + s22);
			double a11 = s11 + ridge, a22 = s22 + ridge;
			double det = a11 * a22 - s12 * s12;
			x1 = (-s01 * a22 + s02 * s12) / det;
			x2 = (-s02 * a11 + s01 * s12) / det;
		}
		else {
			x1 = -s01 / s11;
			x2 = 0;
		}
		double sse = Math.max(0, s00 + 2 * x1 * s01 + 2 * x2 * s02 + x1 * x1 * s11 + 2 * x1 * x2 * s12
				+ x2 * x2 * s22);
		return new Filtered(sse, x1, x2, l + x1 * l1 + x2 * l2, b + x1 * b1 + x2 * b2);
	}
}
