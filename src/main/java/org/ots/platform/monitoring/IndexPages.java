package org.ots.platform.monitoring;

import java.util.Map;

import org.ots.platform.identity.CurrentUser;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.states.States;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Composite indices: the public list and one index per year (scores and ranks, the method, the normalised values,
 * the sensitivity of the ranks), and the Secretariat's form. A refused definition comes back with the reasons
 * beside its fields; one changed meanwhile comes back as now saved, with a notice.
 */
@Controller
@RequestMapping("/indices")
class IndexPages {

	private final IndexDefinitionService definitions;
	private final IndexComputation computation;
	private final IndicatorCatalog catalog;
	private final States states;

	IndexPages(IndexDefinitionService definitions, IndexComputation computation, IndicatorCatalog catalog,
			States states) {
		this.definitions = definitions;
		this.computation = computation;
		this.catalog = catalog;
		this.states = states;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("indices", definitions.visible());
		model.addAttribute("areas", catalog.areas());
		model.addAttribute("mayWrite", CurrentUser.get().isSecretariat());
		return "monitoring/indices";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("view", computation.compute(definitions.visible(id), year));
		model.addAttribute("areas", catalog.areas());
		model.addAttribute("states", states);
		model.addAttribute("mayWrite", CurrentUser.get().isSecretariat());
		return "monitoring/index";
	}

	@GetMapping("/new")
	String newIndex(Model model) {
		IndexDefinitionService.writer();
		return form(model, null, IndexEdit.empty(), Map.of(), false);
	}

	@PostMapping
	String create(@ModelAttribute IndexEdit form, Model model) {
		try {
			return "redirect:/indices/" + definitions.create(form).id() + "/edit?saved";
		}
		catch (IndexInputException e) {
			return form(model, null, form, e.errors(), false);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		IndexDefinition definition = definitions.get(id);
		return form(model, definition, IndexEdit.of(definition), Map.of(), false);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute IndexEdit form, Model model) {
		try {
			return "redirect:/indices/" + definitions.update(id, form).id() + "/edit?saved";
		}
		catch (IndexInputException e) {
			return form(model, definitions.get(id), form, e.errors(), false);
		}
		catch (IndexConflictException e) {
			IndexDefinition current = definitions.get(id);
			return form(model, current, IndexEdit.of(current), Map.of(), true);
		}
	}

	private String form(Model model, IndexDefinition definition, IndexEdit form, Map<String, String> errors,
			boolean conflict) {
		model.addAttribute("definition", definition);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("areas", catalog.areas());
		model.addAttribute("indicators", catalog.indicators());
		model.addAttribute("normalisations", IndexDefinition.NormalisationChoice.values());
		model.addAttribute("aggregations", IndexDefinition.AggregationChoice.values());
		return "monitoring/index-form";
	}
}
