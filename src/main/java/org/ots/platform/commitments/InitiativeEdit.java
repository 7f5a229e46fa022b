package org.ots.platform.commitments;

/**
 * A document as the Secretariat types it in a form or sends it to the API: still text, so that every mistake
 * can be reported beside its field. {@code expectedVersion} is the version the person saw (null when creating).
 */
public record InitiativeEdit(String code, String kind, String titleEn, String titleRu, String titleTr,
		String adoptedOn, String place, String referenceUrl, String summaryEn, String summaryRu, String summaryTr,
		Integer expectedVersion) {
}
