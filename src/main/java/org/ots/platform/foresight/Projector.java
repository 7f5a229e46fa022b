package org.ots.platform.foresight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Projects an annual series: fits the chosen method (by default the combination) and returns the projection with
 * its intervals. Pure arithmetic without randomness, so the same values always give the same projection.
 * <p>
 * The models are fitted on the values as they are, and the projection and its intervals are clipped at the
 * natural limits (a positive quantity never goes below zero). Fitting positive quantities on the log scale was
 * tried on the benchmark: better calibrated intervals, but clearly less accurate projections (bench/RESULTS.md).
 */
public final class Projector {

	/** Beyond a few decades a yearly projection says nothing useful; the bound also guards against input errors. */
	public static final int MAX_HORIZON = 100;
	/** Fewer values give no projection at all. */
	public static final int MIN_VALUES = 3;

	public Projection project(double[] values, int firstYear, SeriesTraits traits, int horizon) {
		return project(values, firstYear, traits, horizon, ProjectionMethod.COMBINATION);
	}

	/**
	 * Projects {@code values}, the yearly values from {@code firstYear} on without gaps, {@code horizon} years ahead.
	 * A method the series is too short for gives way to the simpler models it can carry: exponential smoothing
	 * chosen by AICc from five values, the naive method with drift from three.
	 */
	public Projection project(double[] values, int firstYear, SeriesTraits traits, int horizon,
			ProjectionMethod method) {
		validate(values, traits, method, horizon);
		int lastYear = firstYear + values.length - 1;
		if (values.length < MIN_VALUES) {
			return Projection.none(method, traits, lastYear, NoProjectionReason.TOO_FEW_VALUES);
		}
		List<ModelForecast> models = fit(values.clone(), horizon, method);
		ModelForecast forecast = models.size() == 1 ? models.get(0) : Combination.of(models);
		return Projection.of(method, traits, lastYear, models.stream().map(ModelForecast::fit).toList(),
				forecast);
	}

	private static List<ModelForecast> fit(double[] y, int horizon, ProjectionMethod method) {
		if (method == ProjectionMethod.COMBINATION) {
			List<ModelForecast> members = new ArrayList<>();
			ExponentialSmoothing.chosenByAicc(y, horizon).ifPresent(members::add);
			ThetaMethod.fit(y, horizon).ifPresent(members::add);
			DynamicOptimisedTheta.fit(y, horizon).ifPresent(members::add);
			return members.isEmpty() ? List.of(NaiveWithDrift.fit(y, horizon)) : members;
		}
		Optional<ModelForecast> single = switch (method) {
			case SIMPLE_EXPONENTIAL_SMOOTHING -> ExponentialSmoothing.fit(y, ExponentialSmoothing.Trend.NONE, horizon);
			case HOLT -> ExponentialSmoothing.fit(y, ExponentialSmoothing.Trend.ADDITIVE, horizon);
			case DAMPED_TREND -> ExponentialSmoothing.fit(y, ExponentialSmoothing.Trend.DAMPED, horizon);
			case THETA -> ThetaMethod.fit(y, horizon);
			case DYNAMIC_OPTIMISED_THETA -> DynamicOptimisedTheta.fit(y, horizon);
			case NAIVE_WITH_DRIFT -> Optional.of(NaiveWithDrift.fit(y, horizon));
			case EXPONENTIAL_SMOOTHING, COMBINATION -> Optional.empty();
		};
		ModelForecast chosen = single.or(() -> ExponentialSmoothing.chosenByAicc(y, horizon))
			.orElseGet(() -> NaiveWithDrift.fit(y, horizon));
		return List.of(chosen);
	}

	private static void validate(double[] values, SeriesTraits traits, ProjectionMethod method, int horizon) {
		if (values == null || traits == null || method == null) {
			throw new IllegalArgumentException("a projection needs values, their traits and a method");
		}
		for (double v : values) {
			if (!Double.isFinite(v)) {
				throw new IllegalArgumentException("values to project must be finite numbers, not " + v);
			}
		}
		if (horizon < 1 || horizon > MAX_HORIZON) {
			throw new IllegalArgumentException("horizon must be between 1 and " + MAX_HORIZON + " years: " + horizon);
		}
	}
}
