package org.ots.platform.experts;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ots.platform.identity.ExpertInstitution;
import org.ots.platform.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public directory of the expert institutions, each with the products it has published. */
@Controller
class InstitutionPages {

	private final AnalyticalProducts products;
	private final ProductReferenceData reference;

	InstitutionPages(AnalyticalProducts products, ProductReferenceData reference) {
		this.products = products;
		this.reference = reference;
	}

	@GetMapping("/institutions")
	String institutions(Model model) {
		reference.addTo(model);
		Map<Long, Integer> published = products.publishedCounts();
		Map<Long, Integer> counts = reference.institutionsById()
			.keySet()
			.stream()
			.collect(Collectors.toMap(Function.identity(), id -> published.getOrDefault(id, 0)));
		model.addAttribute("publishedCount", counts);
		return "experts/institutions";
	}

	@GetMapping("/institutions/{id}")
	String institution(@PathVariable long id, Model model) {
		ExpertInstitution institution = reference.institutionsById().get(id);
		if (institution == null) {
			throw new NotFoundException("Institution", id);
		}
		reference.addTo(model);
		model.addAttribute("institution", institution);
		model.addAttribute("products", products.publishedOf(id));
		return "experts/institution";
	}
}
