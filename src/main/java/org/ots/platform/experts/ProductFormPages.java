package org.ots.platform.experts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.ots.platform.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The authors' form for a product and its file. A refused entry comes back with the reasons beside the fields; an
 * entry someone else changed meanwhile comes back as now stored, with a notice, so nothing is overwritten.
 */
@Controller
class ProductFormPages {

	private final AnalyticalProducts products;
	private final ProductReferenceData reference;

	ProductFormPages(AnalyticalProducts products, ProductReferenceData reference) {
		this.products = products;
		this.reference = reference;
	}

	@GetMapping("/products/new")
	String newProduct(Model model) {
		ProductAccess.checkCreate(CurrentUser.get());
		return form(model, null, ProductEdit.empty(), Map.of(), null);
	}

	@PostMapping("/products")
	String create(@ModelAttribute ProductEdit form, Model model) {
		try {
			return "redirect:/products/" + products.create(form).id() + "?saved";
		}
		catch (InvalidProductException e) {
			return form(model, null, form, e.errors(), null);
		}
	}

	@GetMapping("/products/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		AnalyticalProduct product = products.forEditing(id);
		return form(model, product, ProductEdit.of(product), Map.of(), null);
	}

	@PostMapping("/products/{id}")
	String update(@PathVariable long id, @ModelAttribute ProductEdit form, Model model) {
		AnalyticalProduct product = products.forEditing(id);
		try {
			return "redirect:/products/" + products.update(id, form).id() + "?saved";
		}
		catch (InvalidProductException e) {
			return form(model, product, form, e.errors(), null);
		}
		catch (OutdatedProductException e) {
			AnalyticalProduct current = products.forEditing(id);
			return form(model, current, ProductEdit.of(current), Map.of(), "products.problem.outdated");
		}
		catch (ProductMoveRefusedException e) {
			return form(model, product, ProductEdit.of(product), Map.of(), "products.problem.notEditable");
		}
	}

	@PostMapping("/products/{id}/file")
	String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) Integer version, Model model) {
		AnalyticalProduct product = products.forEditing(id);
		try {
			byte[] content = file == null ? new byte[0] : file.getBytes();
			products.attach(id, file == null ? null : file.getOriginalFilename(), content, version);
			return "redirect:/products/" + id + "?saved";
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InvalidProductException e) {
			return form(model, product, ProductEdit.of(product), e.errors(), null);
		}
		catch (OutdatedProductException e) {
			AnalyticalProduct current = products.forEditing(id);
			return form(model, current, ProductEdit.of(current), Map.of(), "products.problem.outdated");
		}
		catch (ProductMoveRefusedException e) {
			return form(model, product, ProductEdit.of(product), Map.of(), "products.problem.notEditable");
		}
	}

	private String form(Model model, AnalyticalProduct product, ProductEdit form, Map<String, String> errors,
			String conflict) {
		model.addAttribute("product", product);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		CurrentUser user = CurrentUser.get();
		model.addAttribute("secretariat", user.isSecretariat());
		reference.addTo(model);
		if (!user.isSecretariat()) {
			// An expert chooses co-authors among the colleagues of their own institution only.
			model.addAttribute("experts", reference.expertsOf(user.institutionId()));
		}
		return "experts/form";
	}
}
