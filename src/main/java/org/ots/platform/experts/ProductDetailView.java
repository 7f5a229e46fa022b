package org.ots.platform.experts;

import java.util.List;
import java.util.Map;

import org.ots.platform.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page of one product, written once for its own address and for the review actions that come back to it with
 * the reason they were refused.
 */
@Component
class ProductDetailView {

	private final AnalyticalProducts products;
	private final ProductReferenceData reference;
	private final ProductScenarios scenarios;

	ProductDetailView(AnalyticalProducts products, ProductReferenceData reference, ProductScenarios scenarios) {
		this.products = products;
		this.reference = reference;
		this.scenarios = scenarios;
	}

	/**
	 * @param problem message key of why an action was refused, or null
	 * @param errors message keys of refused fields of an action (comment, reason), by field
	 */
	String render(long id, Model model, String problem, Map<String, String> errors) {
		AnalyticalProduct product = products.get(id);
		CurrentUser user = CurrentUser.get();
		model.addAttribute("product", product);
		model.addAttribute("history", products.history(id));
		boolean mayEdit = ProductAccess.mayWrite(user, product.institutionId());
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("cited", scenarios.citedBy(product));
		model.addAttribute("citable", mayEdit && product.status().isEditable() ? scenarios.citable() : List.of());
		model.addAttribute("mayReview", user.isSecretariat());
		model.addAttribute("problem", problem);
		model.addAttribute("errors", errors);
		reference.addTo(model);
		return "experts/detail";
	}
}
