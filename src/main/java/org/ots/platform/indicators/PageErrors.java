package org.ots.platform.indicators;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import jakarta.servlet.http.HttpServletResponse;

import org.ots.platform.shared.NotFoundException;
import org.ots.platform.shared.Period;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Turns the refusals of this module's pages into pages that say what went wrong: an unknown code is a 404, a
 * period that is not one a 400, and a write the user may not make a 403 naming the rule. It comes before the
 * platform-wide {@code WebErrorPages}, whose pages do not name the rule.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = { IndicatorPages.class, StateDataPage.class, DataGridController.class,
		ValueHistoryController.class })
class PageErrors {

	@ExceptionHandler(NotFoundException.class)
	String notFound(HttpServletResponse response, Model model) {
		return page(404, response, model);
	}

	@ExceptionHandler(Period.InvalidPeriodException.class)
	String badPeriod(HttpServletResponse response, Model model) {
		return page(400, response, model);
	}

	@ExceptionHandler(AccessDeniedException.class)
	String forbidden(HttpServletResponse response, Model model) {
		return page(403, response, model);
	}

	private static String page(int status, HttpServletResponse response, Model model) {
		response.setStatus(status);
		model.addAttribute("status", status);
		return "indicators/refused";
	}
}
