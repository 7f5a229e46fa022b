package org.ots.platform.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ots.platform.identity.AuditTrail;
import org.ots.platform.identity.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts a notice into the inbox of each recipient, in the recipient's language, and e-mails it once the inbox
 * rows are committed: a mail never announces something that was rolled back, and a failing mail server costs
 * only the e-mail.
 */
@Component
class Notifier {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Notifier.class);

	private final Inbox inbox;
	private final OutgoingMail mail;
	private final MessageSource messages;
	private final AuditTrail audit;
	private final Clock clock;
	private final String baseUrl;

	/** @param baseUrl where users reach the platform: an e-mail ends with the full address of the notice's page */
	Notifier(Inbox inbox, OutgoingMail mail, MessageSource messages, AuditTrail audit, Clock clock,
			@Value("${ots.identity.base-url:http://localhost:8080}") String baseUrl) {
		this.baseUrl = baseUrl;
		this.inbox = inbox;
		this.mail = mail;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void deliver(Collection<Recipient> recipients, Notice notice) {
		Instant now = Instant.now(clock);
		List<Runnable> mails = new ArrayList<>();
		for (Recipient recipient : distinct(recipients)) {
			String subject = messages.getMessage("notifications." + notice.key() + ".subject", notice.args(),
					recipient.locale());
			String body = messages.getMessage("notifications." + notice.key() + ".body", notice.args(),
					recipient.locale());
			long id = inbox.add(recipient.username(), subject, body, notice.link(), now);
			audit.recordAs("system", "NOTIFY", "InboxMessage", id, null, null,
					Map.of("recipient", recipient.username(), "notice", notice.key()));
			String mailBody = notice.link() == null ? body : body + "\n\n" + baseUrl + notice.link();
			mails.add(() -> mail.send(recipient.email(), subject, mailBody));
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				for (Runnable send : mails) {
					try {
						send.run();
					}
					catch (RuntimeException e) {
						// The inbox has the message; a broken mail setup must not stop the others or the caller.
						log.warn("Could not e-mail a notification: {}", e.toString());
					}
				}
			}
		});
	}

	/** A person with two reasons to be told (say, coordinator and examiner lists overlapping) is told once. */
	private static Collection<Recipient> distinct(Collection<Recipient> recipients) {
		Map<String, Recipient> byUser = new LinkedHashMap<>();
		recipients.forEach(r -> byUser.putIfAbsent(r.username(), r));
		return byUser.values();
	}
}
