package org.ots.platform.reviews;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The API's answers to refused report actions: 422 with what is missing, 409 with both texts of a section. */
@RestControllerAdvice(assignableTypes = ReportsApi.class)
class ReportsApiProblems {

	@ExceptionHandler
	ProblemDetail refused(ReportRuleException e) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Not possible now", e.getMessage());
		if (!e.missing().isEmpty()) {
			problem.setProperty("missing", e.missing());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail conflict(SectionConflictException e) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflicting edit", e.getMessage());
		problem.setProperty("area", e.areaCode());
		problem.setProperty("currentVersion", e.currentVersion());
		problem.setProperty("theirs", e.theirs());
		problem.setProperty("yours", e.yours());
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}
}
