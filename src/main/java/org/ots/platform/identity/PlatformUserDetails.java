package org.ots.platform.identity;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security keeps it in the (database-held) session. The password hash is erased
 * once sign-in succeeds, so it never reaches the session table.
 */
final class PlatformUserDetails implements UserDetails, CredentialsContainer, Serializable {

	private final CurrentUser user;
	private final String displayName;
	private final boolean enabled;
	private final boolean locked;
	private String password;

	PlatformUserDetails(AppUser user, boolean locked) {
		this.user = new CurrentUser(user.username(), user.role(), user.stateCode(), user.institutionId());
		this.displayName = user.displayName();
		this.password = user.passwordHash() == null ? "" : user.passwordHash();
		this.enabled = user.active() && user.passwordHash() != null;
		this.locked = locked;
	}

	CurrentUser currentUser() {
		return user;
	}

	String displayName() {
		return displayName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(user.role().authority()));
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public void eraseCredentials() {
		password = null;
	}
}
