package org.ots.platform.foresight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Projects an annual series: fits the chosen method (by default the combination) and returns the projection with
 * its intervals. Pure arithmetic without randomness, so the same values always give the same projection.
 * <p>
 * The models are fitted on the values as they are, and the projection and its intervals are clipped at the
 * natural limits (a positive quantity never goes below zero). For a positive quantity the same method is fitted
 * once more to the logarithms, and only its spread is used: the interval is the point times or divided by
 * exp(z sd). On the M3 benchmark (bench/RESULTS.md) log-scale projections are clearly less accurate, but their
 * spread covers the held-out values close to the nominal rate, while the additive models' intervals are too
 * narrow; the two fits together give the accurate points and the calibrated fan.
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
		ModelForecast logScale = isPositiveQuantity(values, traits)
				? combined(fit(logarithms(values), horizon, method))
				: null;
		return Projection.of(method, traits, lastYear, models.stream().map(ModelForecast::fit).toList(),
				combined(models), logScale);
	}

	private static ModelForecast combined(List<ModelForecast> models) {
		return models.size() == 1 ? models.get(0) : Combination.of(models);
	}

	/**
	 * A quantity that cannot be negative and has only positive values: its spread grows with its level, so its
	 * intervals come from the logarithms. A series with a zero, or one that may turn negative, keeps additive ones.
	 */
	private static boolean isPositiveQuantity(double[] values, SeriesTraits traits) {
		if (traits.lowerLimit() < 0) {
			return false;
		}
		for (double v : values) {
			if (v <= 0) {
				return false;
			}
		}
		return true;
	}

	private static double[] logarithms(double[] values) {
		double[] logs = new double[values.length];
		for (int t = 0; t < values.length; t++) {
			logs[t] = Math.log(values[t]);
		}
		return logs;
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
