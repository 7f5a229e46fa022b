package org.ots.platform.foresight;

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
 * Refusals of the scenarios API as problem details (RFC 9457): the reasons per field, and conflicts. Refused roles
 * and unknown ids are the shared advice's (401/403, 404).
 */
@RestControllerAdvice(assignableTypes = ScenariosApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScenariosApiProblems {

	private final MessageSource messages;

	ScenariosApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail invalid(ScenarioInputException e) {
		Map<String, String> errors = new LinkedHashMap<>();
		e.errors().forEach((field, key) -> errors.put(field, messages.getMessage(key, null, key,
				LocaleContextHolder.getLocale())));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join(" ", errors.values()));
		problem.setTitle("Scenario not saved");
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail conflict(ScenarioConflictException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("scenarios.conflict", null, LocaleContextHolder.getLocale()));
		problem.setTitle("Conflict");
		return problem;
	}
}
