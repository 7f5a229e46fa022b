package org.ots.platform.demo;

import java.util.List;

import org.ots.platform.commitments.CommitmentsDemoContent;
import org.ots.platform.experts.ProductsDemoContent;
import org.ots.platform.identity.Role;
import org.ots.platform.identity.UserAccounts;
import org.ots.platform.indicators.IndicatorsDemoContent;
import org.ots.platform.foresight.ScenariosDemoContent;
import org.ots.platform.monitoring.AlertsDemoContent;
import org.ots.platform.reviews.ReviewsDemoContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo once: when enabled and the demo accounts do not exist yet. The accounts' password is printed
 * on the console and documented in the README; it is meant for the demo profile only.
 */
@Component
@Order(10)
class DemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

	/** Sample accounts, one per role; coordinators of two states so that "another state" can be tried. */
	record DemoAccount(String username, String name, Role role, String state, String institution) {
	}

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("analyst", "Secretariat analyst (demo)", Role.SECRETARIAT_ANALYST, null, null),
			new DemoAccount("coord.kaz", "National coordinator of Kazakhstan (demo)", Role.NATIONAL_COORDINATOR, "KAZ", null),
			new DemoAccount("coord.aze", "National coordinator of Azerbaijan (demo)", Role.NATIONAL_COORDINATOR, "AZE", null),
			new DemoAccount("examiner.tur", "Examiner from Türkiye (demo)", Role.EXAMINER, "TUR", null),
			new DemoAccount("expert.uzb", "Expert of an Uzbek research centre (demo)", Role.EXPERT, null,
					"Center for Economic Research and Reforms"));

	private final DemoProperties properties;
	private final UserAccounts accounts;
	private final IndicatorsDemoContent indicators;
	private final CommitmentsDemoContent commitments;
	private final ReviewsDemoContent reviews;
	private final AlertsDemoContent alerts;
	private final ScenariosDemoContent scenarios;
	private final ProductsDemoContent products;
	private final UserDetailsService users;

	DemoLoader(DemoProperties properties, UserAccounts accounts, IndicatorsDemoContent indicators,
			CommitmentsDemoContent commitments, ReviewsDemoContent reviews, AlertsDemoContent alerts,
			ScenariosDemoContent scenarios, ProductsDemoContent products, UserDetailsService users) {
		this.properties = properties;
		this.accounts = accounts;
		this.indicators = indicators;
		this.commitments = commitments;
		this.reviews = reviews;
		this.alerts = alerts;
		this.scenarios = scenarios;
		this.products = products;
		this.users = users;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!properties.enabled() || accounts.list().stream().anyMatch(u -> u.username().equals("analyst"))) {
			return;
		}
		for (DemoAccount account : ACCOUNTS) {
			accounts.createWithPassword("demo", account.username(), account.name(), account.username() + "@demo.invalid",
					account.role(), account.state(), institution(account.institution()), properties.password());
		}
		indicators.load();
		commitments.load();
		as("analyst", reviews::load);
		alerts.load();
		as("expert.uzb", scenarios::load);
		products.load();
		System.out.println("Demo content loaded. Demo accounts (password '" + properties.password() + "'): "
				+ ACCOUNTS.stream().map(DemoAccount::username).toList());
		log.info("Demo content loaded");
	}

	/**
	 * Review cycles are opened by the Secretariat only and scenarios written by experts or the Secretariat, so the
	 * loader acts as the demo account that would do it, and the audit trail names that account.
	 */
	private void as(String username, Runnable load) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			load.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Long institution(String name) {
		if (name == null) {
			return null;
		}
		return accounts.registerInstitution(name, "UZB");
	}
}
