package org.ots.platform.indicators;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's answers to refused framework changes and observations: 422 with the reason per field, 409 with
 * both versions so that the caller can compare what is stored with what it tried to save.
 */
@RestControllerAdvice(annotations = RestController.class, basePackageClasses = IndicatorsApiProblems.class)
class IndicatorsApiProblems {

	@ExceptionHandler
	ProblemDetail invalidObservation(InvalidObservationException e) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid observation", e.getMessage());
		problem.setProperty("errors", e.check().errors());
		problem.setProperty("warnings", e.check().warnings());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidChange(InvalidFrameworkChangeException e) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid change", e.getMessage());
		problem.setProperty("errors", e.errors());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail frameworkConflict(FrameworkConflictException e) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
		if (e.currentVersion() != null) {
			problem.setProperty("currentVersion", e.currentVersion());
			problem.setProperty("attemptedVersion", e.attemptedVersion());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail conflictingEdit(ConflictingEditException e) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflicting edit", e.getMessage());
		problem.setProperty("current", e.current() == null ? null : ObservationJson.of(e.current()));
		problem.setProperty("currentVersion", e.current() == null ? null : e.current().version());
		ObservationEdit attempted = e.attempted();
		problem.setProperty("attempted", attempted == null ? null
				: Map.of("value", String.valueOf(attempted.value()), "status", String.valueOf(attempted.status()),
						"note", String.valueOf(attempted.note()), "source", String.valueOf(attempted.source())));
		problem.setProperty("attemptedVersion", attempted == null ? null : attempted.expectedVersion());
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}
}
