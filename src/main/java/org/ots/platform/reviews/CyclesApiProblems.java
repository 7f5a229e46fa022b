package org.ots.platform.reviews;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A command the cycle's rules refuse now (wrong step, dates out of order, no reason given) is a conflict with the
 * cycle's state: 409 with the rule's message. Unknown cycles, refused roles and stale versions are answered by the
 * shared problem details.
 */
@RestControllerAdvice(assignableTypes = CyclesApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CyclesApiProblems {

	@ExceptionHandler
	ProblemDetail refused(CycleRuleException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		problem.setTitle("Refused by the cycle's rules");
		problem.setType(URI.create("about:blank"));
		if (e instanceof MissingReportsException missing) {
			problem.setProperty("missingReports", missing.missing());
		}
		return problem;
	}
}
