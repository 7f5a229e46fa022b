package org.ots.platform.monitoring;

import java.math.BigInteger;

/**
 * The rule for empty cells. A unit missing more than {@code maxMissing / outOf} of the indicators is left out of
 * the index altogether (the Handbook's case deletion): it gets no score, no rank, and does not count in the
 * normalisation of the others. Every other unit is scored on the indicators it reports, with the weights
 * re-normalised over those indicators, which amounts to assuming that a missing value is like the unit's own average
 * of the rest. The fraction is kept as two integers so that "one in three" means exactly that.
 */
public record MissingData(int maxMissing, int outOf) {

	public MissingData {
		if (outOf <= 0 || maxMissing < 0 || maxMissing >= outOf) {
			throw new InvalidIndexException("The share of indicators a unit may miss must be at least 0 and below 1; got "
					+ maxMissing + "/" + outOf + ".");
		}
	}

	/** Units may miss at most this fraction of the indicators: {@code atMost(1, 3)}. */
	public static MissingData atMost(int maxMissing, int outOf) {
		return new MissingData(maxMissing, outOf);
	}

	/** Only units with every indicator are scored. */
	public static MissingData noneAllowed() {
		return new MissingData(0, 1);
	}

	boolean allows(int missing, int indicators) {
		return (long) missing * outOf <= (long) maxMissing * indicators;
	}

	public String describe() {
		if (maxMissing == 0) {
			return "units missing any indicator are not scored";
		}
		int gcd = BigInteger.valueOf(maxMissing).gcd(BigInteger.valueOf(outOf)).intValue();
		return "units missing more than " + maxMissing / gcd + "/" + outOf / gcd + " of the indicators are not scored"
				+ " and the others are weighted over the indicators they report";
	}
}
