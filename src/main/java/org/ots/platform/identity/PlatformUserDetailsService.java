package org.ots.platform.identity;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in and throttles guessing: after the configured number of failed sign-ins in a row
 * an account is locked for a while. The counters live in the database, so every instance sees them.
 */
@Service
class PlatformUserDetailsService implements UserDetailsService {

	private final Users users;
	private final AuditTrail audit;
	private final IdentityProperties properties;
	private final Clock clock;

	PlatformUserDetailsService(Users users, AuditTrail audit, IdentityProperties properties, Clock clock) {
		this.users = users;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AppUser user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return new PlatformUserDetails(user, user.isLockedAt(Instant.now(clock)));
	}

	@EventListener
	@Transactional
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		users.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
			int failures = user.failedLogins() + 1;
			boolean lock = failures >= properties.maxFailedLogins();
			Instant until = lock ? Instant.now(clock).plus(properties.lockDuration()) : user.lockedUntil();
			users.save(user.withFailedLogins(lock ? 0 : failures, until));
			if (lock) {
				audit.recordAs("system", "LOCK", "User", user.username(), user.stateCode(), null,
						"locked until " + until + " after " + failures + " failed sign-ins");
			}
		});
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		users.findByUsername(event.getAuthentication().getName())
			.filter(user -> user.failedLogins() > 0)
			.ifPresent(user -> users.save(user.withFailedLogins(0, null)));
	}
}
