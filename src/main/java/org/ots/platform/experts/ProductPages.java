package org.ots.platform.experts;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One product's page and its file. Published products are public; a draft is shown to its institution's experts
 * and the Secretariat only, and is "not found" for anyone else, so its existence is not given away either.
 */
@Controller
class ProductPages {

	private final AnalyticalProducts products;
	private final ProductDetailView detail;

	ProductPages(AnalyticalProducts products, ProductDetailView detail) {
		this.products = products;
		this.detail = detail;
	}

	@GetMapping("/products/{id}")
	String product(@PathVariable long id, Model model) {
		return detail.render(id, model, null, Map.of());
	}

	@GetMapping("/products/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable long id) {
		return products.download(id).asAttachment();
	}
}
