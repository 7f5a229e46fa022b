package org.ots.platform.notifications;

import java.util.List;

import org.ots.platform.experts.ProductEvents.ProductPublished;
import org.ots.platform.experts.ProductEvents.ProductReturned;
import org.ots.platform.experts.ProductEvents.ProductSubmitted;
import org.ots.platform.experts.ProductEvents.ProductWithdrawn;
import org.springframework.stereotype.Component;

/**
 * The Secretariat learns in its inbox when an analytical product waits for its review, and the product's institution
 * how the review ended. Runs after each move committed, in a transaction of its own, so a failed notice never undoes
 * the move.
 */
@Component
class ProductNotifications {

	private final Recipients recipients;
	private final Notifier notifier;

	ProductNotifications(Recipients recipients, Notifier notifier) {
		this.recipients = recipients;
		this.notifier = notifier;
	}

	@AfterCommitted
	void on(ProductSubmitted event) {
		notifier.deliver(recipients.secretariat(),
				Notice.of("productSubmitted", "/products/" + event.productId(), event.title()));
	}

	/** The experts of the product's institution learn the outcome of the review: published, returned (why), withdrawn. */
	@AfterCommitted
	void on(ProductPublished event) {
		notifier.deliver(recipients.expertsOf(List.of(event.institutionId())),
				Notice.of("productPublished", "/products/" + event.productId(), event.title()));
	}

	@AfterCommitted
	void on(ProductReturned event) {
		notifier.deliver(recipients.expertsOf(List.of(event.institutionId())),
				Notice.of("productReturned", "/products/" + event.productId(), event.title(), event.comment()));
	}

	@AfterCommitted
	void on(ProductWithdrawn event) {
		notifier.deliver(recipients.expertsOf(List.of(event.institutionId())),
				Notice.of("productWithdrawn", "/products/" + event.productId(), event.title(), event.reason()));
	}
}
