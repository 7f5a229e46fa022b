package org.ots.platform.experts;

import java.time.Instant;
import java.util.List;

/**
 * A brief, study or foresight report of an expert institution. Its review is a small workflow that lives here:
 * each move checks the status it starts from ({@link ProductStatus#next()}) and refuses any other, so no caller can
 * publish a draft that was never submitted or edit a product under review.
 *
 * @param institutionId the institution that publishes the product; its experts may edit the drafts
 * @param reviewComment the Secretariat's last word to the authors: why it was returned or withdrawn
 * @param version raised by every write; an edit names the version it started from (optimistic locking)
 */
public record AnalyticalProduct(long id, ProductKind kind, String title, String summary, long institutionId,
		ProductStatus status, String reviewComment, Instant createdAt, String createdBy, Instant updatedAt,
		String updatedBy, Instant publishedAt, String publishedBy, int version, List<String> authors,
		List<String> areaCodes, List<String> indicatorCodes, List<String> stateCodes, ProductFile file) {

	AnalyticalProduct submit(String by, Instant at) {
		return moveTo(ProductStatus.IN_REVIEW, reviewComment, by, at);
	}

	AnalyticalProduct publish(String by, Instant at) {
		AnalyticalProduct moved = moveTo(ProductStatus.PUBLISHED, null, by, at);
		return new AnalyticalProduct(id, kind, title, summary, institutionId, moved.status, null, createdAt, createdBy,
				at, by, at, by, version, authors, areaCodes, indicatorCodes, stateCodes, file);
	}

	/** Back to the authors: the comment says what to change, so it may not be empty. */
	AnalyticalProduct returnToAuthors(String comment, String by, Instant at) {
		return moveTo(ProductStatus.RETURNED, required(comment, "comment"), by, at);
	}

	/** Off the public list; the reason is shown to those who still see the product. */
	AnalyticalProduct withdraw(String reason, String by, Instant at) {
		return moveTo(ProductStatus.WITHDRAWN, required(reason, "reason"), by, at);
	}

	private AnalyticalProduct moveTo(ProductStatus target, String comment, String by, Instant at) {
		if (!status.mayMoveTo(target)) {
			throw new ProductMoveRefusedException(id, status, target);
		}
		return new AnalyticalProduct(id, kind, title, summary, institutionId, target, comment, createdAt, createdBy, at,
				by, publishedAt, publishedBy, version, authors, areaCodes, indicatorCodes, stateCodes, file);
	}

	private static String required(String text, String field) {
		if (text == null || text.isBlank() || text.trim().length() > 2000) {
			throw new InvalidProductException(java.util.Map.of(field, "products.error." + field));
		}
		return text.trim();
	}
}
