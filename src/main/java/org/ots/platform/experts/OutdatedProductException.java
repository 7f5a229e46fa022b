package org.ots.platform.experts;

/**
 * Someone else saved or moved this product after the person started from the version they name. Nothing was
 * overwritten: they reload the product and apply their change again.
 */
public class OutdatedProductException extends RuntimeException {

	OutdatedProductException(long id) {
		super("Product " + id + " was changed by someone else while you were working on it. "
				+ "Nothing was overwritten: reload it and apply your change again.");
	}
}
