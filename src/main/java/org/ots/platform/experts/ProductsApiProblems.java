package org.ots.platform.experts;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ots.platform.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of the products API as problem details (RFC 9457), their reasons in the caller's language: per field,
 * and a stale version or an illegal move as 409. Refused roles are answered by the shared advice (401/403).
 */
@RestControllerAdvice(assignableTypes = ProductsApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProductsApiProblems {

	private final MessageSource messages;

	ProductsApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidProductException e) {
		Map<String, String> errors = new LinkedHashMap<>();
		e.errors().forEach((field, key) -> errors.put(field, messages.getMessage(key, null, key, LocaleContextHolder.getLocale())));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Not saved", "Not saved: " + String.join("; ", errors.values()));
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail outdated(OutdatedProductException e) {
		return problem(HttpStatus.CONFLICT, "Changed meanwhile", text("products.api.outdated"));
	}

	@ExceptionHandler
	ProblemDetail refused(ProductMoveRefusedException e) {
		return problem(HttpStatus.CONFLICT, "Not possible in this status",
				text("products.api.move", e.from(), e.to(), e.from().next().isEmpty() ? "-" : e.from().next()));
	}

	/** The reason in the caller's language; statuses stay the API's own names (DRAFT, IN_REVIEW, ...). */
	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}
}
