package org.ots.platform.foresight;

/**
 * The projection methods of DESIGN.md section 4. The exponential smoothing models are the state-space models with
 * additive errors of Hyndman, Koehler, Ord and Snyder (2008); {@link #EXPONENTIAL_SMOOTHING} chooses among them by
 * AICc. {@link #COMBINATION} is the default: the benchmark in bench/RESULTS.md shows it beats each of its members.
 */
public enum ProjectionMethod {

	/** ETS(A,N,N): the level follows the data, no trend. */
	SIMPLE_EXPONENTIAL_SMOOTHING,
	/** ETS(A,A,N): Holt's linear trend. */
	HOLT,
	/** ETS(A,Ad,N): a trend that flattens out with the damping factor phi. */
	DAMPED_TREND,
	/** The one of the three above with the smallest AICc. */
	EXPONENTIAL_SMOOTHING,
	/** The Theta method as shown by Hyndman and Billah (2003): SES with a drift of half the linear trend's slope. */
	THETA,
	/** The dynamic optimised Theta model of Fiorucci et al. (2016): theta, alpha and the level by likelihood. */
	DYNAMIC_OPTIMISED_THETA,
	/** The last value plus the average yearly change: the only honest model for three or four points. */
	NAIVE_WITH_DRIFT,
	/** The median of the exponential smoothing choice, Theta and the dynamic optimised Theta model, year by year. */
	COMBINATION
}
