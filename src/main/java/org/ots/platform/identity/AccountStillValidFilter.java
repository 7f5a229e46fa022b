package org.ots.platform.identity;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session remembers the role it signed in with. When the admin deactivates an account or changes its role or
 * state, the open sessions of that account end at their next request instead of acting on with the old rights
 * until they time out. One look-up by the unique user name per page request.
 */
class AccountStillValidFilter extends OncePerRequestFilter {

	private final Users users;

	AccountStillValidFilter(Users users) {
		this.users = users;
	}

	/** Static assets need no check, and a page loads many of them. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.startsWith("/webjars/") || path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PlatformUserDetails details
				&& !stillValid(details.currentUser())) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			response.sendRedirect(request.getContextPath() + "/login?changed");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean stillValid(CurrentUser signedIn) {
		return users.findByUsername(signedIn.username())
			.filter(AppUser::active)
			.filter(user -> user.role() == signedIn.role())
			.filter(user -> Objects.equals(user.stateCode(), signedIn.stateCode()))
			.filter(user -> Objects.equals(user.institutionId(), signedIn.institutionId()))
			.isPresent();
	}
}
