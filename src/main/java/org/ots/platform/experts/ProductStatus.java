package org.ots.platform.experts;

import java.util.Set;

/**
 * Where an analytical product stands in its review. The authors write a DRAFT and submit it; the Secretariat
 * publishes it or returns it with a comment (RETURNED, edited and submitted again); a published product may later
 * be withdrawn, with a reason, but is never changed in place.
 */
public enum ProductStatus {
	DRAFT, IN_REVIEW, RETURNED, PUBLISHED, WITHDRAWN;

	/** The statuses a product in this status may move to. */
	Set<ProductStatus> next() {
		return switch (this) {
			case DRAFT, RETURNED -> Set.of(IN_REVIEW);
			case IN_REVIEW -> Set.of(PUBLISHED, RETURNED);
			case PUBLISHED -> Set.of(WITHDRAWN);
			case WITHDRAWN -> Set.of();
		};
	}

	boolean mayMoveTo(ProductStatus target) {
		return next().contains(target);
	}

	/** Only the authors' own versions are edited; once submitted, the text under review stays as it was read. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	public boolean isPublic() {
		return this == PUBLISHED;
	}
}
