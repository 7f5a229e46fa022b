package org.ots.platform.indicators;

import java.time.Instant;

import org.ots.platform.shared.Period;

/**
 * One value of one indicator for one state (or the OTS aggregate) and one period, as given by one source.
 * Where sources disagree their values stand side by side and one of them is the reference that charts and
 * assessments use. {@code illustrative} marks demo values that are not real figures.
 */
public record Observation(Long id, String indicatorCode, String stateCode, Period period, String source,
		double value, ObservationStatus status, String note, boolean reference, boolean illustrative,
		String changedBy, Instant changedAt, int version) {

	/**
	 * The earliest year a value may refer to. The Global Carbon Budget (published through Our World in Data)
	 * reconstructs emissions from 1750, and our states' series in it begin in the 1830s.
	 */
	public static final int FIRST_YEAR = 1750;

	boolean sameContent(double otherValue, ObservationStatus otherStatus, String otherNote) {
		return Double.compare(value, otherValue) == 0 && status == otherStatus
				&& java.util.Objects.equals(blankToNull(note), blankToNull(otherNote));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
