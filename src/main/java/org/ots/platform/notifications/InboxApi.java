package org.ots.platform.notifications;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own inbox, for scripts and other clients. */
@RestController
@RequestMapping("/api/v1/inbox")
class InboxApi {

	record MessageJson(long id, String subject, String body, String link, Instant createdAt, Instant readAt) {

		static MessageJson of(Inbox.Message message) {
			return new MessageJson(message.id(), message.subject(), message.body(), message.link(),
					message.createdAt(), message.readAt());
		}
	}

	private final InboxService inbox;

	InboxApi(InboxService inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	List<MessageJson> mine() {
		return inbox.mine().stream().map(MessageJson::of).toList();
	}

	@PostMapping("/{id}/read")
	MessageJson markRead(@PathVariable long id) {
		return MessageJson.of(inbox.markRead(id));
	}
}
