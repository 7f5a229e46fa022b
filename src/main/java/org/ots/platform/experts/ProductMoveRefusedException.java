package org.ots.platform.experts;

/** A move the product's status does not allow, such as publishing a draft nobody submitted. Nothing changed. */
public class ProductMoveRefusedException extends RuntimeException {

	private final ProductStatus from;
	private final ProductStatus to;

	ProductMoveRefusedException(long id, ProductStatus from, ProductStatus to) {
		super("Product " + id + " is " + from + ": it cannot become " + to + " from there. Allowed next: "
				+ (from.next().isEmpty() ? "none" : from.next()) + ".");
		this.from = from;
		this.to = to;
	}

	public ProductStatus from() {
		return from;
	}

	public ProductStatus to() {
		return to;
	}
}
