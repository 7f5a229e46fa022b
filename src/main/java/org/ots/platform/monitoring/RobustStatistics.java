package org.ots.platform.monitoring;

import java.util.Arrays;

/**
 * The statistics of the outlier tests. Quantiles interpolate linearly between order statistics (Hyndman and Fan's
 * type 7, as R's default, Excel's QUARTILE.INC and PostgreSQL's percentile_cont), so that hand-computed examples
 * and database queries agree.
 */
final class RobustStatistics {

	/** Iglewicz and Hoaglin's constant: 0.6745 MAD estimates the standard deviation of normal data. */
	static final double Z_FACTOR = 0.6745;
	/** When MAD is 0 (half the values equal), 1.253314 times the mean absolute deviation takes its place. */
	static final double MEAN_AD_FACTOR = 1.253314;

	private RobustStatistics() {
	}

	static double median(double[] values) {
		return quantile(values, 0.5);
	}

	/** The q-quantile (0..1), linear between order statistics (type 7). */
	static double quantile(double[] values, double q) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		double h = (sorted.length - 1) * q;
		int low = (int) Math.floor(h);
		int high = Math.min(low + 1, sorted.length - 1);
		return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
	}

	/** Median absolute deviation from the median. */
	static double mad(double[] values) {
		double median = median(values);
		return median(Arrays.stream(values).map(v -> Math.abs(v - median)).toArray());
	}

	static double meanAbsoluteDeviation(double[] values) {
		double median = median(values);
		return Arrays.stream(values).map(v -> Math.abs(v - median)).average().orElse(0);
	}

	/**
	 * The modified z-score of {@code x} in {@code values}: 0.6745 (x - median) / MAD, or, when MAD is 0,
	 * (x - median) / (1.253314 mean absolute deviation). NaN when all values are equal.
	 */
	static double modifiedZ(double x, double[] values) {
		double median = median(values);
		double mad = mad(values);
		if (mad > 0) {
			return Z_FACTOR * (x - median) / mad;
		}
		double meanAd = meanAbsoluteDeviation(values);
		return meanAd > 0 ? (x - median) / (MEAN_AD_FACTOR * meanAd) : Double.NaN;
	}
}
