package org.ots.platform.notifications;

import org.ots.platform.experts.ProductEvents.ProductSubmitted;
import org.springframework.stereotype.Component;

/**
 * The Secretariat learns in its inbox when an analytical product waits for its review. Runs after the submission
 * committed, in a transaction of its own, so a failed notice never undoes the submission.
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
}
