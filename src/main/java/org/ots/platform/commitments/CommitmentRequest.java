package org.ots.platform.commitments;

import java.util.List;

/** A commitment as the API receives it: the edit, plus the code of its document when a commitment is added. */
record CommitmentRequest(String initiative, String reference, String textEn, String textRu, String textTr,
		String areaCode, String dueDate, Integer sortOrder, String summaryBasis, List<String> indicatorCodes,
		List<String> stateCodes, Integer expectedVersion) {

	CommitmentEdit edit() {
		return new CommitmentEdit(reference, textEn, textRu, textTr, areaCode, dueDate, sortOrder, summaryBasis,
				indicatorCodes, stateCodes, expectedVersion);
	}
}
