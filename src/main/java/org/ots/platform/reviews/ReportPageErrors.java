package org.ots.platform.reviews;

import org.ots.platform.identity.CurrentUser;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Refusals on the report pages: a visitor who is not signed in is sent to sign in (a published report is public,
 * a draft is not); a signed-in user gets the 403 page with the reason; a refused action shows its reason.
 */
@ControllerAdvice(assignableTypes = ReportPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class ReportPageErrors {

	@ExceptionHandler
	ModelAndView forbidden(AccessDeniedException e) {
		if (CurrentUser.get().isAnonymous()) {
			View login = new RedirectView("/login", true);
			return new ModelAndView(login);
		}
		ModelAndView page = new ModelAndView("error", HttpStatus.FORBIDDEN);
		page.addObject("status", 403);
		page.addObject("message", e.getMessage());
		return page;
	}

	@ExceptionHandler
	ModelAndView refused(ReportRuleException e, jakarta.servlet.http.HttpServletRequest request) {
		ModelAndView page = new ModelAndView("reviews/report-refused", HttpStatus.UNPROCESSABLE_CONTENT);
		page.addObject("message", e.getMessage());
		page.addObject("missing", e.missing());
		page.addObject("back", request.getRequestURI().replaceFirst("(/reviews/\\d+/reports/[A-Za-z]+).*", "$1"));
		return page;
	}
}
