package org.ots.platform.shared;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the JSON API as RFC 9457 problem details, for what every module shares: unknown items, refused
 * roles, unreadable requests. Modules map their own exceptions (conflicts, validation) in advices of their
 * own; this one has no catch-all, so it never hides theirs.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ApiProblems {

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
	}

	/**
	 * Signed in, but the role or the state the user acts for does not allow this change (403); not signed in at
	 * all, for a read that needs an account (401 with the Basic challenge, so the caller knows to authenticate).
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.header("WWW-Authenticate", "Basic realm=\"OTS Peer Review Platform\"")
				.body(problem(HttpStatus.UNAUTHORIZED, "Sign-in required",
						"Send the credentials of a platform account (HTTP Basic)."));
		}
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage()));
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		return problem(HttpStatus.BAD_REQUEST, "Unreadable request",
				"The request body is not valid JSON of the expected shape: " + firstLine(e.getMostSpecificCause().getMessage()));
	}

	@ExceptionHandler
	ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
		return problem(HttpStatus.BAD_REQUEST, "Bad parameter", "'" + e.getValue() + "' is not a valid value for '"
				+ e.getName() + "'" + (e.getRequiredType() == null ? "" : " (expected " + e.getRequiredType().getSimpleName() + ")"));
	}

	@ExceptionHandler
	ProblemDetail missingParameter(MissingServletRequestParameterException e) {
		return problem(HttpStatus.BAD_REQUEST, "Missing parameter", "The parameter '" + e.getParameterName() + "' is required.");
	}

	/** Spring's own errors (ResponseStatusException, ...) already carry a problem detail. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> springError(ErrorResponseException e) {
		return ResponseEntity.status(e.getStatusCode()).headers(e.getHeaders()).body(e.getBody());
	}

	/** A write lost a race against another write of the same row. */
	@ExceptionHandler
	ProblemDetail conflict(OptimisticLockingFailureException e) {
		return problem(HttpStatus.CONFLICT, "Conflicting edit",
				"Someone else changed this item meanwhile. Nothing was saved: read it again and repeat your change.");
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	private static String firstLine(String text) {
		if (text == null) {
			return "empty body";
		}
		int end = text.indexOf('\n');
		return end < 0 ? text : text.substring(0, end);
	}
}
