package org.ots.platform.foresight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ots.platform.indicators.Direction;

/**
 * Where a series is heading: for each year ahead the point projection and its 80% and 95% intervals, the method
 * used and the fitted models behind it (one, or the members of a combination). The predictive distribution of each
 * year (normal, or log-normal for a positive quantity: {@link PredictiveDistribution}) is clipped at the series'
 * natural limits; it also answers how likely a target is met. A series too short to project has a projection
 * without years and with the reason.
 */
public final class Projection {

	private final ProjectionMethod method;
	private final SeriesTraits traits;
	private final int lastObservedYear;
	private final List<ModelFit> fits;
	private final List<PredictiveDistribution> distributions;
	private final NoProjectionReason reason;

	private Projection(ProjectionMethod method, SeriesTraits traits, int lastObservedYear,
			List<ModelFit> fits, List<PredictiveDistribution> distributions, NoProjectionReason reason) {
		this.method = method;
		this.traits = traits;
		this.lastObservedYear = lastObservedYear;
		this.fits = List.copyOf(fits);
		this.distributions = List.copyOf(distributions);
		this.reason = reason;
	}

	/**
	 * The projection with the points of {@code forecast}. The spread around them comes from {@code logScale}, the
	 * same method fitted to the logarithms of a positive series, where there is one and the point is positive: a
	 * log-normal distribution with the point as its median. Otherwise it is normal with the variance of
	 * {@code forecast}.
	 */
	static Projection of(ProjectionMethod method, SeriesTraits traits, int lastObservedYear,
			List<ModelFit> fits, ModelForecast forecast, ModelForecast logScale) {
		List<PredictiveDistribution> distributions = new ArrayList<>(forecast.horizon());
		for (int h = 0; h < forecast.horizon(); h++) {
			double point = forecast.mean()[h];
			distributions.add(logScale != null && point > 0
					? PredictiveDistribution.logNormal(point, Math.sqrt(logScale.variance()[h]))
					: PredictiveDistribution.normal(point, Math.sqrt(forecast.variance()[h])));
		}
		return new Projection(method, traits, lastObservedYear, fits, distributions, null);
	}

	static Projection none(ProjectionMethod method, SeriesTraits traits, int lastObservedYear,
			NoProjectionReason reason) {
		return new Projection(method, traits, lastObservedYear, List.of(), List.of(), reason);
	}

	/** The method asked for; {@link #fits()} names the models it used. */
	public ProjectionMethod method() {
		return method;
	}

	/** The fitted models: the chosen one, or every member of a combination. */
	public List<ModelFit> fits() {
		return fits;
	}

	public Optional<NoProjectionReason> reasonForNone() {
		return Optional.ofNullable(reason);
	}

	public boolean isAvailable() {
		return reason == null;
	}

	public List<ProjectedYear> years() {
		List<ProjectedYear> years = new ArrayList<>(distributions.size());
		for (int h = 0; h < distributions.size(); h++) {
			years.add(new ProjectedYear(lastObservedYear + h + 1, value(h, 0), value(h, -Normal.Z80),
					value(h, Normal.Z80), value(h, -Normal.Z95), value(h, Normal.Z95)));
		}
		return years;
	}

	/**
	 * The probability that the value in {@code year} meets {@code target}: at least it for an increasing target,
	 * at most it for a decreasing one. A target beyond a natural limit cannot be met, and one at or beyond the limit
	 * behind it is met for certain. The clipped part of the distribution sits on the limit, so a target at the limit
	 * ahead is met with the probability that the unclipped value reaches it.
	 */
	public double probabilityOfReaching(double target, int year, Direction direction) {
		if (direction == Direction.NONE || direction == null) {
			throw new IllegalArgumentException("a target needs a direction, INCREASE or DECREASE");
		}
		int h = horizonOf(year);
		boolean increase = direction == Direction.INCREASE;
		if (increase ? target <= traits.lowerLimit() : target >= traits.upperLimit()) {
			return 1;
		}
		if (increase ? target > traits.upperLimit() : target < traits.lowerLimit()) {
			return 0;
		}
		double below = distributions.get(h).cdf(target);
		return increase ? 1 - below : below;
	}

	private int horizonOf(int year) {
		if (!isAvailable()) {
			throw new IllegalStateException("no projection: " + reason);
		}
		int h = year - lastObservedYear - 1;
		if (h < 0 || h >= distributions.size()) {
			throw new IllegalArgumentException("year " + year + " is outside the projected years "
					+ (lastObservedYear + 1) + "-" + (lastObservedYear + distributions.size()));
		}
		return h;
	}

	/** The value z standard deviations from the median of year h + 1, clipped at the natural limits. */
	private double value(int h, double z) {
		return traits.clip(distributions.get(h).quantile(z));
	}
}
