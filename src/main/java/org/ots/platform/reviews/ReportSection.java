package org.ots.platform.reviews;

import java.time.Instant;

/**
 * The state's text for one area: a sanitised narrative, or "not applicable" with the reason. {@code version}
 * counts the saves, so that a save made on an older text is recognised and refused.
 */
record ReportSection(String areaCode, String narrative, boolean notApplicable, String notApplicableReason,
		String savedBy, Instant savedAt, int version) {

	static ReportSection empty(String areaCode) {
		return new ReportSection(areaCode, null, false, null, null, null, 0);
	}

	/** Filled: a narrative with some text, or marked not applicable with a reason. */
	boolean isComplete() {
		if (notApplicable) {
			return notApplicableReason != null && !notApplicableReason.isBlank();
		}
		return narrative != null && !NarrativeSanitiser.textOf(narrative).isBlank();
	}
}
