package org.ots.platform.commitments;

import org.ots.platform.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the commitments API as problem details (RFC 9457), with the reasons per field where there are some. */
@RestControllerAdvice(assignableTypes = CommitmentsApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommitmentsApiProblems {

	@ExceptionHandler
	ProblemDetail invalid(InvalidCommitmentException e) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Not saved", e.getMessage());
		problem.setProperty("errors", e.errors());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail outdated(OutdatedEditException e) {
		return problem(HttpStatus.CONFLICT, "Changed meanwhile", e.getMessage());
	}

	@ExceptionHandler
	ProblemDetail inUse(CommitmentInUseException e) {
		return problem(HttpStatus.CONFLICT, "Still in use", e.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
	}

	@ExceptionHandler
	ProblemDetail denied(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}
}
