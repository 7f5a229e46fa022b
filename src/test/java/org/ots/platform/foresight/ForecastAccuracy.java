package org.ots.platform.foresight;

import java.util.List;
import java.util.function.Function;

/**
 * The accuracy measures of the M3 tables as recomputed in m3_yearly_accuracy_recomputed.csv: the symmetric MAPE
 * {@code 200 |y - f| / (|y| + |f|)} averaged over the horizons of a series and then over series, and the MASE,
 * the mean absolute error scaled by the mean absolute one-year change of the training values.
 */
public final class ForecastAccuracy {

	private ForecastAccuracy() {
	}

	/** Mean over series of the mean sMAPE over their horizons; forecasts gives each series' forecasts. */
	public static double smape(List<M3Yearly.Series> series, Function<M3Yearly.Series, double[]> forecasts) {
		return series.stream().mapToDouble(s -> smape(s.test(), forecasts.apply(s))).average().orElseThrow();
	}

	public static double mase(List<M3Yearly.Series> series, Function<M3Yearly.Series, double[]> forecasts) {
		return series.stream().mapToDouble(s -> mase(s, forecasts.apply(s))).average().orElseThrow();
	}

	static double smape(double[] actual, double[] forecast) {
		double sum = 0;
		for (int h = 0; h < actual.length; h++) {
			sum += 200 * Math.abs(actual[h] - forecast[h]) / (Math.abs(actual[h]) + Math.abs(forecast[h]));
		}
		return sum / actual.length;
	}

	static double mase(M3Yearly.Series s, double[] forecast) {
		double scale = 0;
		for (int t = 1; t < s.train().length; t++) {
			scale += Math.abs(s.train()[t] - s.train()[t - 1]) / (s.train().length - 1);
		}
		double error = 0;
		for (int h = 0; h < s.test().length; h++) {
			error += Math.abs(s.test()[h] - forecast[h]) / s.test().length;
		}
		return error / scale;
	}

	/** The share of held-out values inside the projections' 80% or 95% interval. */
	public static double coverage(List<M3Yearly.Series> series, Function<M3Yearly.Series, Projection> projections,
			boolean ninetyFive) {
		long inside = 0, all = 0;
		for (M3Yearly.Series s : series) {
			List<ProjectedYear> years = projections.apply(s).years();
			for (int h = 0; h < s.test().length; h++) {
				ProjectedYear y = years.get(h);
				double low = ninetyFive ? y.lower95() : y.lower80(), high = ninetyFive ? y.upper95() : y.upper80();
				inside += low <= s.test()[h] && s.test()[h] <= high ? 1 : 0;
				all++;
			}
		}
		return (double) inside / all;
	}

	public static double[] points(Projection projection) {
		return projection.years().stream().mapToDouble(ProjectedYear::point).toArray();
	}
}
