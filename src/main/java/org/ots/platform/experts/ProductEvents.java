package org.ots.platform.experts;

/**
 * What happened to an analytical product, published after each move of its review so that other modules (the
 * inbox) can react without the experts module knowing them.
 */
public interface ProductEvents {

	/** The authors handed the product to the Secretariat for review. */
	record ProductSubmitted(long productId, String title, long institutionId, String by) implements ProductEvents {
	}

	/** The Secretariat published the product: it is public from now on. */
	record ProductPublished(long productId, String title, long institutionId, String by) implements ProductEvents {
	}

	/** The Secretariat sent the product back to its authors, saying why. */
	record ProductReturned(long productId, String title, long institutionId, String comment, String by)
			implements ProductEvents {
	}

	/** The Secretariat took a published product down, saying why. */
	record ProductWithdrawn(long productId, String title, long institutionId, String reason, String by)
			implements ProductEvents {
	}
}
