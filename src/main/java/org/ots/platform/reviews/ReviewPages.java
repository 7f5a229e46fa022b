package org.ots.platform.reviews;

import java.util.function.Supplier;

import org.ots.platform.identity.CurrentUser;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the review's pages share: a refused form comes back to its page with the reason, and a page that is not
 * shared with the visitor asks an anonymous one to sign in and shows a signed-in one the 403 page.
 */
@ControllerAdvice(assignableTypes = { ReviewReportPage.class, QuestionPage.class, RecommendationPage.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewPages {

	@ExceptionHandler
	ModelAndView forbidden(AccessDeniedException e) {
		if (CurrentUser.get().isAnonymous()) {
			return new ModelAndView("redirect:/login");
		}
		ModelAndView page = new ModelAndView("error", HttpStatus.FORBIDDEN);
		page.addObject("status", HttpStatus.FORBIDDEN.value());
		return page;
	}

	/** Runs a form's command and redirects to the page, with the refusal's reason as a flash message if refused. */
	static String attempt(RedirectAttributes redirect, String page, Runnable command) {
		return attempt(redirect, () -> {
			command.run();
			return page;
		}, page);
	}

	static String attempt(RedirectAttributes redirect, Supplier<String> command, String page) {
		try {
			return "redirect:" + command.get();
		}
		catch (ReviewRuleException | CycleRuleException | IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:" + page;
	}

	static Integer version(String text) {
		return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
	}
}
