package org.ots.platform.monitoring;

/**
 * The choices behind a composite index, each of which the Handbook shows can move ranks: normalisation, weights,
 * aggregation and the rule for missing data. Every published index shows {@link #describe()}, so a reader can see
 * what was chosen.
 */
public record IndexMethod(Normalisation normalisation, Weights weights, Aggregation aggregation,
		MissingData missingData) {

	public IndexMethod {
		if (normalisation == null || weights == null || aggregation == null || missingData == null) {
			throw new InvalidIndexException("An index method needs a normalisation, weights, an aggregation and a "
					+ "missing-data rule.");
		}
	}

	/** Min-max 0-100, equal weights, arithmetic mean, units missing more than a third of the indicators unscored. */
	public static IndexMethod standard() {
		return new IndexMethod(Normalisation.minMax(100), Weights.equal(), Aggregation.arithmetic(),
				MissingData.atMost(1, 3));
	}

	public IndexMethod with(Normalisation normalisation) {
		return new IndexMethod(normalisation, weights, aggregation, missingData);
	}

	public IndexMethod with(Weights weights) {
		return new IndexMethod(normalisation, weights, aggregation, missingData);
	}

	public IndexMethod with(Aggregation aggregation) {
		return new IndexMethod(normalisation, weights, aggregation, missingData);
	}

	public IndexMethod with(MissingData missingData) {
		return new IndexMethod(normalisation, weights, aggregation, missingData);
	}

	/** "min-max 0-100, equal weights, arithmetic mean; units missing more than 1/3 of the indicators ..." */
	public String describe() {
		return normalisation.describe() + ", " + weights.describe() + ", " + aggregation.describe() + "; "
				+ missingData.describe();
	}
}
