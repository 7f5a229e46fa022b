package org.ots.platform.reviews;

import java.time.Instant;

/**
 * A section as a writer sends it: the narrative (formatted, sanitised here), or not applicable with a reason;
 * {@code expectedVersion} is the version the writer started from (0 for a section never saved).
 */
record SectionEdit(String narrative, boolean notApplicable, String reason, int expectedVersion) {

	ReportSection toSection(String areaCode, String by, Instant at) {
		String reasonText = reason == null || reason.isBlank() ? null : reason.trim();
		if (notApplicable && reasonText == null) {
			throw new ReportRuleException("Say why the area does not apply to the state; the reason is part of the report.");
		}
		return new ReportSection(areaCode, NarrativeSanitiser.clean(narrative), notApplicable, notApplicable ? reasonText : null,
				by, at, expectedVersion + 1);
	}
}
