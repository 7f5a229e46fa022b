package org.ots.platform.foresight;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The ways of drawing the default method's intervals that were compared on the 645 yearly M3 series before the
 * log-normal fan was chosen (bench/RESULTS.md): for each, the coverage of the 80% and 95% intervals on the held-out
 * values, overall and by horizon, and the median width of the 95% interval relative to the last value. The points
 * are the combination's in every variant; only the spread differs. Not a test: run bench/m3-interval-variants.sh.
 */
public final class IntervalVariants {

	private static final int H = M3Yearly.HORIZON;
	private static final double[] Z = { -Normal.Z80, Normal.Z80, -Normal.Z95, Normal.Z95 };

	/** The bounds lower80, upper80, lower95, upper95 (first index) of each horizon (second index). */
	private record Bounds(double[][] at) {
	}

	/** What a variant sees of a series: its values, the combination's forecast and the platform's projection. */
	private record Fitted(double[] y, ModelForecast combination, Projection platform) {
	}

	private IntervalVariants() {
	}

	public static void main(String[] args) {
		M3Yearly m3 = M3Yearly.readFrom(args.length > 0 ? Path.of(args[0]) : M3Yearly.DEFAULT_DIRECTORY);
		Map<String, Function<Fitted, Bounds>> variants = new LinkedHashMap<>();
		variants.put("normal, variance of the mixture (before)", f -> normal(f.combination(), 1, 0));
		variants.put("(a) max(model, rolling-origin Theta) variance", f -> normal(withEmpirical(f), 1, 0));
		variants.put("(a) variance x rolling-origin ratio, >= 1", f -> normal(f.combination(), ratio(f.y()), 0));
		variants.put("(b) log-normal around the point (chosen)", f -> fromProjection(f.platform()));
		variants.put("(b) log-scale fan shifted onto the point", IntervalVariants::shiftedLogFan);
		variants.put("(c) normal with t quantiles, n - 4 df", f -> normal(f.combination(), 1, f.y().length - 4));
		variants.put("(b) + (c) log-normal with t quantiles", f -> withT(fromProjection(f.platform()),
				f.platform(), f.y().length - 4));
		Projector projector = new Projector();
		List<Fitted> fitted = new ArrayList<>();
		for (M3Yearly.Series s : m3.series()) {
			fitted.add(new Fitted(s.train(), combination(s.train()),
					projector.project(s.train(), s.firstYear(), SeriesTraits.nonNegative(), H)));
		}
		System.out.printf(Locale.ROOT, "%-48s %6s %6s %7s  %s%n", "variant", "cov80", "cov95", "width95",
				"80% / 95% coverage by horizon 1-6");
		variants.forEach((name, variant) -> report(name, m3.series(), fitted, variant));
	}

	private static void report(String name, List<M3Yearly.Series> series, List<Fitted> fitted,
			Function<Fitted, Bounds> variant) {
		int[][] inside = new int[2][H];
		double[] widths = new double[series.size() * H];
		for (int i = 0; i < series.size(); i++) {
			double[][] b = variant.apply(fitted.get(i)).at();
			double[] y = fitted.get(i).y();
			for (int h = 0; h < H; h++) {
				double actual = series.get(i).test()[h];
				// Clipped at zero as the platform clips a positive quantity.
				inside[0][h] += Math.max(0, b[0][h]) <= actual && actual <= b[1][h] ? 1 : 0;
				inside[1][h] += Math.max(0, b[2][h]) <= actual && actual <= b[3][h] ? 1 : 0;
				widths[i * H + h] = (b[3][h] - Math.max(0, b[2][h])) / Math.abs(y[y.length - 1]);
			}
		}
		Arrays.sort(widths);
		StringBuilder byHorizon = new StringBuilder();
		for (int h = 0; h < H; h++) {
			byHorizon.append(String.format(Locale.ROOT, " %4.1f/%4.1f", share(inside[0][h], series.size()),
					share(inside[1][h], series.size())));
		}
		System.out.printf(Locale.ROOT, "%-48s %5.1f%% %5.1f%% %7.3f %s%n", name,
				share(Arrays.stream(inside[0]).sum(), series.size() * H),
				share(Arrays.stream(inside[1]).sum(), series.size() * H), widths[widths.length / 2], byHorizon);
	}

	private static double share(int inside, int all) {
		return 100.0 * inside / all;
	}

	private static ModelForecast combination(double[] y) {
		List<ModelForecast> members = new ArrayList<>();
		ExponentialSmoothing.chosenByAicc(y, H).ifPresent(members::add);
		ThetaMethod.fit(y, H).ifPresent(members::add);
		DynamicOptimisedTheta.fit(y, H).ifPresent(members::add);
		return members.size() == 1 ? members.get(0) : Combination.of(members);
	}

	/** Normal around the point with the forecast's variance times factor, with t quantiles when df > 0. */
	private static Bounds normal(ModelForecast forecast, double factor, int df) {
		double[][] b = new double[4][H];
		for (int h = 0; h < H; h++) {
			double sd = Math.sqrt(forecast.variance()[h] * factor);
			for (int k = 0; k < 4; k++) {
				b[k][h] = forecast.mean()[h] + (df > 0 ? t(Z[k], df) : Z[k]) * sd;
			}
		}
		return new Bounds(b);
	}

	private static Bounds fromProjection(Projection projection) {
		double[][] b = new double[4][H];
		List<ProjectedYear> years = projection.years();
		for (int h = 0; h < H; h++) {
			ProjectedYear y = years.get(h);
			b[0][h] = y.lower80();
			b[1][h] = y.upper80();
			b[2][h] = y.lower95();
			b[3][h] = y.upper95();
		}
		return new Bounds(b);
	}

	/** A log-normal fan widened as if its z were t quantiles: each bound's log-ratio to the point times t/z. */
	private static Bounds withT(Bounds logNormal, Projection projection, int df) {
		double[][] b = logNormal.at();
		for (int h = 0; h < H; h++) {
			double point = projection.years().get(h).point();
			for (int k = 0; k < 4; k++) {
				if (point > 0 && b[k][h] > 0) {
					b[k][h] = point * Math.pow(b[k][h] / point, t(Z[k], df) / Z[k]);
				}
			}
		}
		return new Bounds(b);
	}

	/** The quantiles of the log-scale combination moved so that its median sits on the original-scale point. */
	private static Bounds shiftedLogFan(Fitted f) {
		for (double v : f.y()) {
			if (v <= 0) {
				return normal(f.combination(), 1, 0);
			}
		}
		ModelForecast logScale = combination(Arrays.stream(f.y()).map(Math::log).toArray());
		double[][] b = new double[4][H];
		for (int h = 0; h < H; h++) {
			double median = Math.exp(logScale.mean()[h]), sd = Math.sqrt(logScale.variance()[h]);
			for (int k = 0; k < 4; k++) {
				b[k][h] = f.combination().mean()[h] + median * (Math.exp(Z[k] * sd) - 1);
			}
		}
		return new Bounds(b);
	}

	/** The larger of the model variance and the mean squared h-step error of Theta from rolling origins. */
	private static ModelForecast withEmpirical(Fitted f) {
		double[] y = f.y();
		double[] sum = new double[H];
		int[] count = new int[H];
		for (int origin = 6; origin < y.length; origin++) {
			ModelForecast theta = ThetaMethod.fit(Arrays.copyOf(y, origin), H).orElseThrow();
			for (int h = 0; h < H && origin + h < y.length; h++) {
				sum[h] += Math.pow(y[origin + h] - theta.mean()[h], 2);
				count[h]++;
			}
		}
		double[] variance = f.combination().variance().clone();
		for (int h = 0; h < H; h++) {
			if (count[h] >= 3) {
				variance[h] = Math.max(variance[h], sum[h] / count[h]);
			}
		}
		return new ModelForecast(null, f.combination().mean(), variance);
	}

	/** Theta's rolling-origin squared errors over its own model variances, pooled over horizons; at least 1. */
	private static double ratio(double[] y) {
		double sum = 0;
		int count = 0;
		for (int origin = 6; origin < y.length; origin++) {
			ModelForecast theta = ThetaMethod.fit(Arrays.copyOf(y, origin), H).orElseThrow();
			for (int h = 0; h < H && origin + h < y.length; h++) {
				sum += Math.pow(y[origin + h] - theta.mean()[h], 2) / theta.variance()[h];
				count++;
			}
		}
		return count > 0 ? Math.max(1, sum / count) : 1;
	}

	/** The t quantile for the normal quantile z with df degrees of freedom (Cornish-Fisher expansion). */
	private static double t(double z, double df) {
		return z + (z * z * z + z) / (4 * df) + (5 * Math.pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * df * df);
	}
}
