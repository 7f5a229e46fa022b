package org.ots.platform.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ots.platform.indicators.FrameworkForms.IndicatorForm;
import org.ots.platform.indicators.FrameworkForms.TargetForm;
import org.ots.platform.states.States;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The Secretariat's indicator form, with the indicator's targets. */
@Controller
@RequestMapping("/framework")
class FrameworkIndicatorController {

	private final IndicatorCatalog catalog;
	private final IndicatorFramework framework;
	private final States states;

	FrameworkIndicatorController(IndicatorCatalog catalog, IndicatorFramework framework, States states) {
		this.catalog = catalog;
		this.framework = framework;
		this.states = states;
	}

	@GetMapping("/indicators/new")
	String newIndicator(@RequestParam(required = false) String area, Model model) {
		IndicatorForm empty = IndicatorForm.empty();
		IndicatorForm form = area == null ? empty : new IndicatorForm("", area, "", "", "", "", "", "", "", "1",
				"ANNUAL", "INCREASE", "", "", "", "", "", "", "");
		return indicatorPage(model, form, null, Map.of(), TargetForm.empty(), Map.of());
	}

	@PostMapping("/indicators")
	String createIndicator(@ModelAttribute IndicatorForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return saveIndicator(null, form, model, redirect, response);
	}

	@GetMapping("/indicators/{code}")
	String editIndicator(@PathVariable String code, Model model) {
		Indicator indicator = catalog.get(code);
		return indicatorPage(model, IndicatorForm.of(indicator), indicator, Map.of(), TargetForm.empty(), Map.of());
	}

	@PostMapping("/indicators/{code}")
	String updateIndicator(@PathVariable String code, @ModelAttribute IndicatorForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return saveIndicator(catalog.get(code), form, model, redirect, response);
	}

	@PostMapping("/indicators/{code}/targets")
	String addTarget(@PathVariable String code, @ModelAttribute TargetForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Indicator indicator = catalog.get(code);
		Map<String, String> errors = new LinkedHashMap<>();
		TargetData data = form.toData(errors);
		if (errors.isEmpty()) {
			try {
				framework.addTarget(code, data);
				redirect.addFlashAttribute("saved", indicator.code());
				return "redirect:/framework/indicators/" + indicator.code();
			}
			catch (InvalidFrameworkChangeException e) {
				errors.putAll(e.errors());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return indicatorPage(model, IndicatorForm.of(indicator), indicator, Map.of(), form, errors);
	}

	@GetMapping("/targets/{id}")
	String editTarget(@PathVariable long id, Model model) {
		Target target = framework.findTarget(id);
		return targetPage(model, target, TargetForm.of(target), Map.of());
	}

	@PostMapping("/targets/{id}")
	String updateTarget(@PathVariable long id, @ModelAttribute TargetForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Target target = framework.findTarget(id);
		Map<String, String> errors = new LinkedHashMap<>();
		TargetData data = form.toData(errors);
		if (errors.isEmpty()) {
			try {
				framework.updateTarget(id, data);
				redirect.addFlashAttribute("saved", target.indicatorCode());
				return "redirect:/framework/indicators/" + target.indicatorCode();
			}
			catch (InvalidFrameworkChangeException e) {
				errors.putAll(e.errors());
			}
			catch (FrameworkConflictException e) {
				errors.put("global", e.getMessage());
			}
		}
		response.setStatus(errors.containsKey("global") ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
		return targetPage(model, target, form, errors);
	}

	@PostMapping("/targets/{id}/delete")
	String deleteTarget(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		Target target = framework.findTarget(id);
		try {
			framework.deleteTarget(id, version);
			redirect.addFlashAttribute("deleted", true);
		}
		catch (FrameworkConflictException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/framework/indicators/" + target.indicatorCode();
	}

	private String saveIndicator(Indicator existing, IndicatorForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		IndicatorData data = form.toData(errors);
		if (errors.isEmpty()) {
			try {
				Indicator saved = existing == null ? framework.createIndicator(data)
						: framework.updateIndicator(existing.code(), data);
				redirect.addFlashAttribute("saved", saved.code());
				return "redirect:/framework/indicators/" + saved.code();
			}
			catch (InvalidFrameworkChangeException e) {
				e.errors().forEach((field, message) -> errors.put(FrameworkForms.formField(field), message));
			}
			catch (FrameworkConflictException e) {
				errors.put("global", e.getMessage());
			}
		}
		response.setStatus(errors.containsKey("global") ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
		return indicatorPage(model, form, existing, errors, TargetForm.empty(), Map.of());
	}

	private String indicatorPage(Model model, IndicatorForm form, Indicator existing, Map<String, String> errors,
			TargetForm targetForm, Map<String, String> targetErrors) {
		model.addAttribute("form", form);
		model.addAttribute("indicator", existing);
		model.addAttribute("errors", errors);
		model.addAttribute("areas", catalog.areas());
		model.addAttribute("directions", Direction.values());
		model.addAttribute("periodicities", List.of("ANNUAL", "QUARTERLY", "MONTHLY"));
		model.addAttribute("targets", existing == null ? List.of() : catalog.targetsOf(existing.code()));
		model.addAttribute("targetForm", targetForm);
		model.addAttribute("targetErrors", targetErrors);
		model.addAttribute("states", states.all());
		return "framework/indicator";
	}

	private String targetPage(Model model, Target target, TargetForm form, Map<String, String> errors) {
		model.addAttribute("target", target);
		model.addAttribute("indicator", catalog.get(target.indicatorCode()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("states", states.all());
		return "framework/target";
	}
}
