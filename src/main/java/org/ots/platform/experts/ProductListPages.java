package org.ots.platform.experts;

import org.ots.platform.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of published analytical products for everyone, filtered by area, state and kind; signed-in experts
 * also see their institution's unpublished work, and the Secretariat its review queue.
 */
@Controller
class ProductListPages {

	private final AnalyticalProducts products;
	private final ProductReferenceData reference;

	ProductListPages(AnalyticalProducts products, ProductReferenceData reference) {
		this.products = products;
		this.reference = reference;
	}

	@GetMapping("/products")
	String list(@RequestParam(required = false) String area, @RequestParam(required = false) String state,
			@RequestParam(required = false) String kind, Model model) {
		ProductQuery query = ProductQuery.of(area, state, kind);
		CurrentUser user = CurrentUser.get();
		model.addAttribute("query", query);
		model.addAttribute("products", products.published(query));
		model.addAttribute("work", products.workOf(user));
		model.addAttribute("queue", products.reviewQueue(user));
		model.addAttribute("mayCreate", ProductAccess.mayCreate(user));
		reference.addTo(model);
		return "experts/list";
	}
}
