package org.ots.platform.commitments;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Acts as a platform user in service tests, as the login would, without going through HTTP. */
final class SignedIn {

	private SignedIn() {
	}

	static void as(UserDetailsService users, String username) {
		UserDetails details = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
	}

	static void out() {
		SecurityContextHolder.clearContext();
	}
}
