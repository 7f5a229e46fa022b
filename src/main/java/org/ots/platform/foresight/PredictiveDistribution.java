package org.ots.platform.foresight;

/**
 * The predictive distribution of one projected year, with the point projection as its median. For a quantity that
 * may take any value it is normal: the point plus or minus z standard deviations. For a positive quantity it is
 * log-normal around the point: the point times or divided by exp(z sd) with sd on the log scale, so the fan is
 * skewed upwards and never reaches zero: falling to half the point is as likely as rising to twice it. The natural
 * limits clip it in {@link Projection}.
 */
record PredictiveDistribution(double median, double sd, boolean logNormal) {

	PredictiveDistribution {
		if (logNormal && !(median > 0)) {
			throw new IllegalArgumentException("a log-normal distribution needs a positive median: " + median);
		}
	}

	static PredictiveDistribution normal(double mean, double sd) {
		return new PredictiveDistribution(mean, sd, false);
	}

	static PredictiveDistribution logNormal(double median, double sdOfLog) {
		return new PredictiveDistribution(median, sdOfLog, true);
	}

	/** The value z standard deviations (on the log scale for a log-normal) from the median. */
	double quantile(double z) {
		return logNormal ? median * Math.exp(z * sd) : median + z * sd;
	}

	/** P(value <= x). */
	double cdf(double x) {
		if (logNormal && x <= 0) {
			return 0;
		}
		double distance = logNormal ? Math.log(x / median) : x - median;
		return sd > 0 ? Normal.cdf(distance / sd) : (distance >= 0 ? 1 : 0);
	}
}
