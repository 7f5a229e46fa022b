package org.ots.platform.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** API callers without credentials get a problem detail (RFC 9457) and a Basic challenge, not a login page. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"OTS Peer Review Platform\"");
		Problems.write(response, HttpStatus.UNAUTHORIZED, "Sign-in required",
				"This request changes data: send the credentials of a platform account (HTTP Basic).");
	}
}

/** API callers whose role does not allow the request get a problem detail. */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.access.AccessDeniedException exception) throws IOException {
		Problems.write(response, HttpStatus.FORBIDDEN, "Not allowed", "Your role does not allow this request.");
	}
}

final class Problems {

	private Problems() {
	}

	static void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
					+ ",\"detail\":\"" + detail + "\"}");
	}
}
