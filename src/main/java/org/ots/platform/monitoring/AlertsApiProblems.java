package org.ots.platform.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of the alerts API as problem details (RFC 9457): the reasons per field, and conflicts. Refused roles and
 * unknown ids are the shared advice's (401/403, 404).
 */
@RestControllerAdvice(assignableTypes = { AlertsApi.class, AlertRulesApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class AlertsApiProblems {

	private final MessageSource messages;

	AlertsApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail invalid(AlertInputException e) {
		Map<String, String> errors = new LinkedHashMap<>();
		e.errors().forEach((field, key) -> errors.put(field, text(key)));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Not saved", String.join(" ", errors.values()));
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail conflict(AlertConflictException e) {
		return problem(HttpStatus.CONFLICT, "Conflict", text(e.key()));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}
}
