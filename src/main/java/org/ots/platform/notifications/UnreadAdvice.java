package org.ots.platform.notifications;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the number of unread messages for the header. The count is taken only when the layout asks
 * for it, so pages of anonymous visitors and JSON answers cost no query.
 */
@ControllerAdvice(annotations = Controller.class)
class UnreadAdvice {

	/** What the layout reads: one COUNT query on first use. */
	static final class Unread {

		private final InboxService inbox;
		private Long count;

		Unread(InboxService inbox) {
			this.inbox = inbox;
		}

		public long count() {
			if (count == null) {
				count = inbox.unread();
			}
			return count;
		}
	}

	private final InboxService inbox;

	UnreadAdvice(InboxService inbox) {
		this.inbox = inbox;
	}

	@ModelAttribute("unread")
	Unread unread() {
		return new Unread(inbox);
	}
}
