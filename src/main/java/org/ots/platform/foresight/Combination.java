package org.ots.platform.foresight;

import java.util.List;

/**
 * The equal-weight mean of several models' projections. Its predictive distribution is taken as normal with the
 * mean of the members' means and the mean of their standard deviations: the members make nearly the same errors,
 * so averaging their standard deviations (as if perfectly correlated) keeps the fan as wide as theirs rather than
 * narrowing it by a diversification the members do not have.
 */
final class Combination {

	private Combination() {
	}

	static ModelForecast of(List<ModelForecast> members) {
		int horizon = members.get(0).horizon();
		double[] mean = new double[horizon];
		double[] sd = new double[horizon];
		for (ModelForecast member : members) {
			for (int h = 0; h < horizon; h++) {
				mean[h] += member.mean()[h] / members.size();
				sd[h] += Math.sqrt(member.variance()[h]) / members.size();
			}
		}
		double[] variance = new double[horizon];
		for (int h = 0; h < horizon; h++) {
			variance[h] = sd[h] * sd[h];
		}
		return new ModelForecast(null, mean, variance);
	}
}
