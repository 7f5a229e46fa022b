package org.ots.platform.foresight;

import java.util.Map;

/**
 * How one model fitted a series, for users who ask how a projection was made: the model, its estimated
 * parameters (smoothing weights and initial states, named as in the literature), the corrected Akaike information
 * criterion (NaN where the series is too short for it), the standard deviation of the one-step errors in the
 * units of the series, and the number of observations.
 */
public record ModelFit(ProjectionMethod model, Map<String, Double> parameters, double aicc, double sigma, int n) {

	public ModelFit {
		parameters = Map.copyOf(parameters);
	}
}
