package org.ots.platform.commitments;

import java.time.LocalDate;
import java.util.List;

import org.ots.platform.shared.LocalizedText;

/**
 * One thing a document commits its signatories to. {@code reference} locates it in the document ("Art. 7",
 * "para. 12"); {@code text} is the platform's own short summary, never a long quotation, and
 * {@code summaryBasis} says what that summary rests on. The review follows it through the linked indicators
 * and the states responsible for it, by the due date where the document sets or implies one.
 */
public record Commitment(Long id, long initiativeId, String initiativeCode, String reference, LocalizedText text,
		String areaCode, LocalDate dueDate, int sortOrder, String summaryBasis, List<String> indicatorCodes,
		List<String> stateCodes, int version) {
}
