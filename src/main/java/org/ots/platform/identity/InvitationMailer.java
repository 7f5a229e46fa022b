package org.ots.platform.identity;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the one-time invitation link to the invited person. It runs after the account is committed, and a
 * failing mail server never undoes an invitation: the admin then sees the link and passes it on by hand.
 */
@Component
class InvitationMailer {

	private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);
	private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

	/** What became of the e-mail, so the page can tell the admin whether to pass the link on. */
	enum Delivery {
		SENT, DISABLED, FAILED
	}

	private final ObjectProvider<JavaMailSender> sender;
	private final OutgoingMailProperties properties;
	private final MessageSource messages;

	InvitationMailer(ObjectProvider<JavaMailSender> sender, OutgoingMailProperties properties, MessageSource messages) {
		this.sender = sender;
		this.properties = properties;
		this.messages = messages;
	}

	Delivery send(UserAccounts.Invitation invitation, Locale locale) {
		JavaMailSender mail = sender.getIfAvailable();
		if (!properties.enabled() || mail == null) {
			log.info("E-mail is switched off; invitation link for {}: {}", invitation.username(), invitation.link());
			return Delivery.DISABLED;
		}
		try {
			mail.send(message(invitation, locale));
			log.info("Sent the invitation of {} to {}", invitation.username(), invitation.email());
			return Delivery.SENT;
		}
		catch (MailException e) {
			log.warn("Could not send the invitation of {} to {}: {}; link: {}", invitation.username(),
					invitation.email(), e.getMessage(), invitation.link());
			return Delivery.FAILED;
		}
	}

	private SimpleMailMessage message(UserAccounts.Invitation invitation, Locale locale) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(properties.from());
		message.setTo(invitation.email());
		message.setSubject(messages.getMessage("identity.mail.subject", null, locale));
		message.setText(messages.getMessage("identity.mail.body",
				new Object[] { invitation.displayName(), invitation.username(), invitation.link(),
						EXPIRY.format(invitation.expires().atZone(ZoneOffset.UTC)) },
				locale));
		return message;
	}
}
