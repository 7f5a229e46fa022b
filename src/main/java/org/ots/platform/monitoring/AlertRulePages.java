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
 * The rule writers' pages: the list of rules, the form to create or edit one, and deactivation. A refused rule comes
 * back with the reasons beside its fields; one changed meanwhile comes back as now saved, with a notice.
 */
@Controller
@RequestMapping("/monitoring/rules")
class AlertRulePages {

	private final AlertRuleService rules;
	private final Alerts alerts;
	private final IndicatorCatalog catalog;
	private final States states;

	AlertRulePages(AlertRuleService rules, Alerts alerts, IndicatorCatalog catalog, States states) {
		this.rules = rules;
		this.alerts = alerts;
		this.catalog = catalog;
		this.states = states;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rules", rules.all());
		model.addAttribute("user", CurrentUser.get());
		return "monitoring/rules";
	}

	@GetMapping("/new")
	String newRule(Model model) {
		AlertRuleService.writer();
		return form(model, null, AlertRuleEdit.empty(), Map.of(), null);
	}

	@PostMapping
	String create(@ModelAttribute AlertRuleEdit form, Model model) {
		try {
			return "redirect:/monitoring/rules/" + rules.create(form).id() + "?saved";
		}
		catch (AlertInputException e) {
			return form(model, null, form, e.errors(), null);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		AlertRule rule = rules.get(id);
		return form(model, rule, AlertRuleEdit.of(rule), Map.of(), null);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute AlertRuleEdit form, Model model) {
		try {
			return "redirect:/monitoring/rules/" + rules.update(id, form).id() + "?saved";
		}
		catch (AlertInputException e) {
			return form(model, rules.get(id), form, e.errors(), null);
		}
		catch (AlertConflictException e) {
			AlertRule current = rules.get(id);
			return form(model, current, AlertRuleEdit.of(current), Map.of(), e.key());
		}
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
		try {
			rules.deactivate(id, version);
			return "redirect:/monitoring/rules?deactivated";
		}
		catch (AlertConflictException e) {
			AlertRule current = rules.get(id);
			return form(model, current, AlertRuleEdit.of(current), Map.of(), e.key());
		}
	}

	private String form(Model model, AlertRule rule, AlertRuleEdit form, Map<String, String> errors, String conflict) {
		model.addAttribute("rule", rule);
		model.addAttribute("raised", rule == null ? 0 : alerts.countForRule(rule.id()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("kinds", AlertKind.values());
		model.addAttribute("severities", AlertSeverity.values());
		model.addAttribute("comparisons", AlertRule.Comparison.values());
		model.addAttribute("changeModes", AlertRule.ChangeMode.values());
		model.addAttribute("outlierMethods", AlertRule.OutlierMethod.values());
		model.addAttribute("indicators", catalog.indicators());
		model.addAttribute("areas", catalog.areas());
		model.addAttribute("states", states.all());
		return "monitoring/rule-form";
	}
}
