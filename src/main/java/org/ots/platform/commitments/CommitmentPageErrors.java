package org.ots.platform.commitments;

import org.ots.platform.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A document or commitment asked for by an address that does not exist: the error page with 404, not a 500. */
@ControllerAdvice(assignableTypes = { CommitmentPages.class, CommitmentManagementPages.class })
class CommitmentPageErrors {

	@ExceptionHandler
	ModelAndView notFound(NotFoundException e) {
		ModelAndView view = new ModelAndView("error", HttpStatus.NOT_FOUND);
		view.addObject("status", 404);
		return view;
	}
}
