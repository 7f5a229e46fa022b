package org.ots.platform.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ots.platform.identity.AuditTrail;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own inbox; nobody, the Secretariat included, reads or marks another person's messages. */
@Service
class InboxService {

	private final Inbox inbox;
	private final AuditTrail audit;
	private final Clock clock;

	InboxService(Inbox inbox, AuditTrail audit, Clock clock) {
		this.inbox = inbox;
		this.audit = audit;
		this.clock = clock;
	}

	List<Inbox.Message> mine() {
		return inbox.of(signedIn().username());
	}

	long unread() {
		CurrentUser user = CurrentUser.get();
		return user.isAnonymous() ? 0 : inbox.unread(user.username());
	}

	@Transactional
	Inbox.Message markRead(long id) {
		Inbox.Message message = inbox.find(id).orElseThrow(() -> new NotFoundException("Message", id));
		if (!message.recipient().equals(signedIn().username())) {
			throw new AccessDeniedException("This message is addressed to someone else.");
		}
		if (!message.isRead()) {
			inbox.markRead(id, Instant.now(clock));
			audit.record("READ", "InboxMessage", id, null, Map.of("read", false), Map.of("read", true));
		}
		return inbox.find(id).orElseThrow();
	}

	private static CurrentUser signedIn() {
		CurrentUser user = CurrentUser.get();
		if (user.isAnonymous()) {
			throw new AccessDeniedException("Sign in to see your messages.");
		}
		return user;
	}
}
