package org.ots.platform.indicators;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ots.platform.indicators.FrameworkForms.AreaForm;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The Secretariat's overview of the framework, and the area forms. */
@Controller
@RequestMapping("/framework")
class FrameworkController {

	private final IndicatorCatalog catalog;
	private final IndicatorFramework framework;

	FrameworkController(IndicatorCatalog catalog, IndicatorFramework framework) {
		this.catalog = catalog;
		this.framework = framework;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("areas", catalog.areas());
		model.addAttribute("indicators", catalog.indicators());
		return "framework/index";
	}

	@GetMapping("/areas/new")
	String newArea(Model model) {
		return areaForm(model, AreaForm.empty(), true, Map.of());
	}

	@PostMapping("/areas")
	String createArea(@ModelAttribute("form") AreaForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return saveArea(form, true, model, redirect, response);
	}

	@GetMapping("/areas/{code}")
	String editArea(@PathVariable String code, Model model) {
		return areaForm(model, AreaForm.of(framework.findArea(code)), false, Map.of());
	}

	@PostMapping("/areas/{code}")
	String updateArea(@PathVariable String code, @ModelAttribute("form") AreaForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		AreaForm withCode = new AreaForm(code, form.nameEn(), form.nameRu(), form.nameTr(), form.sortOrder(), form.version());
		return saveArea(withCode, false, model, redirect, response);
	}

	private String saveArea(AreaForm form, boolean creating, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		AreaData data = form.toData(errors);
		if (errors.isEmpty()) {
			try {
				Area saved = creating ? framework.createArea(data) : framework.updateArea(form.code(), data);
				redirect.addFlashAttribute("saved", saved.code());
				return "redirect:/framework";
			}
			catch (InvalidFrameworkChangeException e) {
				e.errors().forEach((field, message) -> errors.put(FrameworkForms.formField(field), message));
			}
			catch (FrameworkConflictException e) {
				errors.put("global", e.getMessage());
				response.setStatus(HttpStatus.CONFLICT.value());
			}
		}
		if (!errors.containsKey("global")) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return areaForm(model, form, creating, errors);
	}

	private static String areaForm(Model model, AreaForm form, boolean creating, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("creating", creating);
		model.addAttribute("errors", errors);
		return "framework/area";
	}
}
