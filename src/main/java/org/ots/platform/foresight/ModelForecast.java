package org.ots.platform.foresight;

/**
 * What a model says about the years ahead: the mean and the variance of the predictive
 * normal distribution for horizons 1, 2, ... (index 0 is one year ahead).
 */
record ModelForecast(ModelFit fit, double[] mean, double[] variance) {

	int horizon() {
		return mean.length;
	}
}
