package org.ots.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether the platform sends e-mail; off in the demo, where the admin passes links on by hand
 * @param from the sender address of the platform's e-mails
 */
@ConfigurationProperties("ots.mail")
record OutgoingMailProperties(@DefaultValue("false") boolean enabled, @DefaultValue("noreply@ots-review.local") String from) {
}
