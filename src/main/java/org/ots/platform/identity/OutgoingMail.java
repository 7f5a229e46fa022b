package org.ots.platform.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The platform's e-mail, for other modules: the same SMTP settings and sender address as the invitations. A
 * failing or switched-off mail server is logged and reported, never thrown, because e-mail only ever accompanies
 * something that has happened already.
 */
@Component
public class OutgoingMail {

	private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);

	private final ObjectProvider<JavaMailSender> sender;
	private final OutgoingMailProperties properties;

	OutgoingMail(ObjectProvider<JavaMailSender> sender, OutgoingMailProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	/** Sends a plain-text e-mail; true if the mail server took it. */
	public boolean send(String to, String subject, String text) {
		JavaMailSender mail = sender.getIfAvailable();
		if (!properties.enabled() || mail == null || to == null || to.isBlank()) {
			log.debug("E-mail is switched off; not sent to {}: {}", to, subject);
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(properties.from());
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		try {
			mail.send(message);
			return true;
		}
		catch (MailException e) {
			log.warn("Could not send \"{}\" to {}: {}", subject, to, e.getMessage());
			return false;
		}
	}
}
