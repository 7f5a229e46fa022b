package org.ots.platform.reviews;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The review's refusals on the API: a rule of the review (409) or a malformed value (400), with the reason. */
@RestControllerAdvice(assignableTypes = { QuestionsApi.class, RecommendationsApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewApiProblems {

	@ExceptionHandler
	ProblemDetail refused(ReviewRuleException e) {
		return problem(HttpStatus.CONFLICT, "Refused by the review's rules", e.getMessage());
	}

	@ExceptionHandler
	ProblemDetail malformed(IllegalArgumentException e) {
		return problem(HttpStatus.BAD_REQUEST, "Bad value", e.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}
}
