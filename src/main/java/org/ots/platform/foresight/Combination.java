package org.ots.platform.foresight;

import java.util.Arrays;
import java.util.List;

/**
 * The median of several models' projections, year by year: with three members it follows the middle one, so a
 * single model that runs away (a steep trend, a flat line after a turn) does not drag the projection along. The
 * predictive distribution around it is normal with the variance of the equal-weight mixture of the members'
 * distributions: the mean of their variances plus the spread of their means, so the fan widens where the models
 * disagree about the direction.
 */
final class Combination {

	private Combination() {
	}

	static ModelForecast of(List<ModelForecast> members) {
		int horizon = members.get(0).horizon();
		int k = members.size();
		double[] median = new double[horizon];
		double[] variance = new double[horizon];
		for (int h = 0; h < horizon; h++) {
			double[] means = new double[k];
			double meanOfMeans = 0, meanOfVariances = 0;
			for (int i = 0; i < k; i++) {
				means[i] = members.get(i).mean()[h];
				meanOfMeans += means[i] / k;
				meanOfVariances += members.get(i).variance()[h] / k;
			}
			double spread = 0;
			for (double m : means) {
				spread += (m - meanOfMeans) * (m - meanOfMeans) / k;
			}
			Arrays.sort(means);
			median[h] = k % 2 == 1 ? means[k / 2] : (means[k / 2 - 1] + means[k / 2]) / 2;
			variance[h] = meanOfVariances + spread;
		}
		return new ModelForecast(null, median, variance);
	}
}
