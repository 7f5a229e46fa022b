package org.ots.platform.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach which address. Pages use form login with a session held in the database and CSRF tokens; the
 * JSON API is stateless with HTTP Basic, so a browser session can never be used to call it (no CSRF risk).
 * Published data is readable by anyone; finer rules (own state only) are checked where the data is changed.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; "
			+ "base-uri 'self'; object-src 'none'";

	@Bean
	PasswordEncoder passwordEncoder(IdentityProperties properties) {
		// New hashes are bcrypt at the configured cost; older formats stay readable through the delegation.
		var encoders = new java.util.HashMap<String, PasswordEncoder>();
		encoders.put("bcrypt", new BCryptPasswordEncoder(properties.bcryptStrength()));
		var delegating = new DelegatingPasswordEncoder("bcrypt", encoders);
		delegating.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return delegating;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			// Scenarios are working material of the signed-in, as on the pages; the rest of the data is public.
			.authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/scenarios", "/api/v1/scenarios/**")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/api/v1/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.realmName("OTS Peer Review Platform"))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(new ProblemAuthenticationEntryPoint())
				.accessDeniedHandler(new ProblemAccessDeniedHandler()))
			.headers(this::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, Users users) throws Exception {
		http.addFilterBefore(new AccountStillValidFilter(users), AuthorizationFilter.class)
			.authorizeHttpRequests(auth -> auth
			.requestMatchers("/", "/login", "/error", "/invitation/**", "/css/**", "/js/**", "/img/**", "/webjars/**",
					"/favicon.ico", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/actuator/health/**",
					"/actuator/health", "/actuator/prometheus")
			.permitAll()
			.requestMatchers("/commitments/manage/**")
			.hasAnyRole(Role.SECRETARIAT_ADMIN.name(), Role.SECRETARIAT_ANALYST.name())
			// Composite indices: the Secretariat defines them; everyone reads the published ones (an unpublished
			// one is refused by the pages themselves as not found).
			.requestMatchers("/indices/new", "/indices/*/edit")
			.hasAnyRole(Role.SECRETARIAT_ADMIN.name(), Role.SECRETARIAT_ANALYST.name())
			.requestMatchers(HttpMethod.POST, "/indices", "/indices/**")
			.hasAnyRole(Role.SECRETARIAT_ADMIN.name(), Role.SECRETARIAT_ANALYST.name())
			.requestMatchers(HttpMethod.GET, "/indices", "/indices/*")
			.permitAll()
			// Analytical products: the pages themselves show drafts to their institution and the Secretariat only
			// (anyone else gets "not found"); writing needs an expert's or the Secretariat's account.
			.requestMatchers(HttpMethod.GET, "/products/new")
			.hasAnyRole(Role.SECRETARIAT_ADMIN.name(), Role.SECRETARIAT_ANALYST.name(), Role.EXPERT.name())
			// A scenario version answers visitors itself: only when published work cites it (else: sign in).
			.requestMatchers(HttpMethod.GET, "/scenarios/*/versions/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/products", "/products/*", "/products/*/file", "/institutions",
					"/institutions/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/states/**", "/indicators/**", "/areas/**", "/commitments/**",
					"/export/**", "/observations/*/history", "/observations/history", "/reviews", "/recommendations",
					"/recommendations/**", "/scoreboard", "/compare/**", "/progress/**", "/projections", "/projections/**")
			.permitAll()
			// Reports, review reports and question threads decide themselves who reads them: public once the
			// cycle is published, drafts only for those involved.
			.requestMatchers(HttpMethod.GET, "/reviews/*/reports/*", "/reviews/*/reports/*/attachments/*",
					"/reviews/*/review/*", "/reviews/*/questions/*")
			.permitAll()
			.requestMatchers("/users/**")
			.hasRole(Role.SECRETARIAT_ADMIN.name())
			.requestMatchers("/audit/**")
			.hasAnyRole(Role.SECRETARIAT_ADMIN.name(), Role.SECRETARIAT_ANALYST.name())
			.requestMatchers("/data/**", "/import/**")
			.hasAnyRole(Role.SECRETARIAT_ADMIN.name(), Role.SECRETARIAT_ANALYST.name(),
					Role.NATIONAL_COORDINATOR.name())
			.requestMatchers("/framework/**")
			.hasAnyRole(Role.SECRETARIAT_ADMIN.name(), Role.SECRETARIAT_ANALYST.name())
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/?signedOut").permitAll())
			.headers(this::headers);
		return http.build();
	}

	private void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.deny());
	}
}
