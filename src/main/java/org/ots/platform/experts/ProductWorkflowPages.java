package org.ots.platform.experts;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The buttons of the review on a product's page: the authors submit, the Secretariat publishes, returns or
 * withdraws. A refused move shows the product again with the reason; nothing is lost.
 */
@Controller
@RequestMapping("/products/{id}")
class ProductWorkflowPages {

	private final AnalyticalProducts products;
	private final ProductDetailView detail;

	ProductWorkflowPages(AnalyticalProducts products, ProductDetailView detail) {
		this.products = products;
		this.detail = detail;
	}

	@PostMapping("/submit")
	String submit(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
		return move(id, model, () -> products.submit(id, version));
	}

	@PostMapping("/publish")
	String publish(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
		return move(id, model, () -> products.publish(id, version));
	}

	@PostMapping("/return")
	String returnToAuthors(@PathVariable long id, @RequestParam(required = false) String comment,
			@RequestParam(required = false) Integer version, Model model) {
		return move(id, model, () -> products.returnToAuthors(id, comment, version));
	}

	@PostMapping("/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Integer version, Model model) {
		return move(id, model, () -> products.withdraw(id, reason, version));
	}

	private String move(long id, Model model, Supplier<AnalyticalProduct> action) {
		try {
			action.get();
			return "redirect:/products/" + id + "?moved";
		}
		catch (OutdatedProductException e) {
			return detail.render(id, model, "products.problem.outdated", Map.of());
		}
		catch (ProductMoveRefusedException e) {
			return detail.render(id, model, "products.problem.move", Map.of());
		}
		catch (InvalidProductException e) {
			return detail.render(id, model, "products.problem.invalid", e.errors());
		}
	}
}
