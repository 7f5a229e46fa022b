package org.ots.platform.identity;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the very first start there is nobody to invite anyone, so one Secretariat admin is created. Its password
 * comes from {@code ots.identity.admin-password} or is generated and printed once; there is no fixed default.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserAccounts accounts;
	private final IdentityProperties properties;

	FirstAdministrator(UserAccounts accounts, IdentityProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.adminExists()) {
			return;
		}
		boolean configured = properties.adminPassword() != null && !properties.adminPassword().isBlank();
		String password = configured ? properties.adminPassword() : generated();
		accounts.createWithPassword("system", "admin", "Secretariat administrator", "admin@localhost",
				Role.SECRETARIAT_ADMIN, null, null, password);
		if (!configured) {
			String banner = "=".repeat(72);
			System.out.println(banner + "\n First Secretariat admin created. User: admin   Password: " + password
					+ "\n This password is shown once. Change it after signing in.\n" + banner);
		}
		log.info("Created the first Secretariat admin 'admin'");
	}

	private static String generated() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
