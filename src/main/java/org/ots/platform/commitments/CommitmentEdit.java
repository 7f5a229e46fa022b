package org.ots.platform.commitments;

import java.util.List;

/**
 * A commitment as the Secretariat types it: still text, checked field by field. {@code expectedVersion} is the
 * version the person saw (null when adding a commitment).
 */
public record CommitmentEdit(String reference, String textEn, String textRu, String textTr, String areaCode,
		String dueDate, Integer sortOrder, String summaryBasis, List<String> indicatorCodes, List<String> stateCodes,
		Integer expectedVersion) {

	public CommitmentEdit {
		indicatorCodes = indicatorCodes == null ? List.of() : List.copyOf(indicatorCodes);
		stateCodes = stateCodes == null ? List.of() : List.copyOf(stateCodes);
	}
}
