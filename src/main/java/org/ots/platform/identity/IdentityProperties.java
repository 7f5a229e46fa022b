package org.ots.platform.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminPassword password of the first Secretariat admin; when empty, one is generated and printed once
 * @param maxFailedLogins failed sign-ins in a row after which an account is locked for {@code lockDuration}
 * @param invitationValidity how long an invitation link can be used to set a password
 * @param bcryptStrength cost of new bcrypt hashes: each step doubles the work of checking a password
 * @param baseUrl the address users reach the platform at, for links in e-mails
 */
@ConfigurationProperties("ots.identity")
record IdentityProperties(String adminPassword, @DefaultValue("5") int maxFailedLogins,
		@DefaultValue("15m") Duration lockDuration, @DefaultValue("7d") Duration invitationValidity,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("12") int bcryptStrength) {
}
