package org.ots.platform.shared;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer an unknown item with the 404 page and a refused action with the 403 page, instead of an error
 * trace. API controllers are answered before this by {@link ApiProblems} with problem details.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class WebErrorPages {

	@ExceptionHandler
	ModelAndView notFound(NotFoundException e) {
		return page(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler
	ModelAndView forbidden(AccessDeniedException e) {
		return page(HttpStatus.FORBIDDEN);
	}

	private static ModelAndView page(HttpStatus status) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		return page;
	}
}
