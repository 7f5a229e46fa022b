package org.ots.platform.experts;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Citing scenarios from a product's page: the writers of a draft choose a scenario (at its current version) or stop
 * citing one. A refused change shows the product again with the reason.
 */
@Controller
@RequestMapping("/products/{id}/scenarios")
class ProductScenarioPages {

	/** The form's choice: scenario 12 at version 3 is "12v3". */
	private static final Pattern CHOICE = Pattern.compile("(\\d{1,12})v(\\d{1,6})");

	private final ProductScenarios scenarios;
	private final ProductDetailView detail;

	ProductScenarioPages(ProductScenarios scenarios, ProductDetailView detail) {
		this.scenarios = scenarios;
		this.detail = detail;
	}

	@PostMapping
	String cite(@PathVariable long id, @RequestParam(required = false) String scenario,
			@RequestParam(required = false) Integer version, Model model) {
		Matcher choice = CHOICE.matcher(scenario == null ? "" : scenario.trim());
		if (!choice.matches()) {
			return detail.render(id, model, "products.problem.invalid", Map.of("scenario", "products.error.scenario.unknown"));
		}
		return change(id, model, () -> scenarios.cite(id, Long.parseLong(choice.group(1)),
				Integer.parseInt(choice.group(2)), version));
	}

	@PostMapping("/{scenarioId}/remove")
	String drop(@PathVariable long id, @PathVariable long scenarioId, @RequestParam(required = false) Integer version,
			Model model) {
		return change(id, model, () -> scenarios.drop(id, scenarioId, version));
	}

	private String change(long id, Model model, Runnable change) {
		try {
			change.run();
			return "redirect:/products/" + id + "?saved#scenarios";
		}
		catch (OutdatedProductException e) {
			return detail.render(id, model, "products.problem.outdated", Map.of());
		}
		catch (ProductMoveRefusedException e) {
			return detail.render(id, model, "products.problem.scenarioFrozen", Map.of());
		}
		catch (InvalidProductException e) {
			return detail.render(id, model, "products.problem.invalid", e.errors());
		}
	}
}
