package org.ots.platform.foresight;

/**
 * What is known about a quantity beyond its values: the natural limits it can never cross, such as 0 for a
 * tonnage or 0 and 100 for a percentage. Projections and their intervals stay within them.
 */
public record SeriesTraits(double lowerLimit, double upperLimit) {

	public SeriesTraits {
		if (Double.isNaN(lowerLimit) || Double.isNaN(upperLimit) || lowerLimit >= upperLimit) {
			throw new IllegalArgumentException("natural limits must be ordered: " + lowerLimit + " < " + upperLimit);
		}
	}

	/** A quantity that may take any value, such as a balance or a growth rate. */
	public static SeriesTraits unbounded() {
		return new SeriesTraits(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
	}

	/** A quantity that cannot be negative, such as emissions, population or GDP. */
	public static SeriesTraits nonNegative() {
		return new SeriesTraits(0, Double.POSITIVE_INFINITY);
	}

	/** A quantity between two limits, such as a share in percent (0 and 100) or an index from 1 to 5. */
	public static SeriesTraits between(double lowerLimit, double upperLimit) {
		return new SeriesTraits(lowerLimit, upperLimit);
	}

	double clip(double value) {
		return Math.min(upperLimit, Math.max(lowerLimit, value));
	}
}
