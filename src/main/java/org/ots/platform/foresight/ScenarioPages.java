package org.ots.platform.foresight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ots.platform.identity.CurrentUser;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.shared.NotFoundException;
import org.ots.platform.states.States;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * The scenario pages for signed-in users: the list, one scenario (or one of its versions) drawn beside the baseline,
 * the comparison of several, and the form of the Secretariat and experts. A link to a version keeps showing that
 * version; a refused scenario comes back with the reasons beside its fields.
 */
@Controller
@RequestMapping("/scenarios")
class ScenarioPages {

	/** At most this many scenarios side by side: beyond, the chart and the table stop being readable. */
	static final int MAX_COMPARED = 5;

	/**
	 * The form's second button: shows the form again with what was typed and more empty rows, saving nothing, so
	 * that paths are added without scripts.
	 */
	static final String MORE_ROWS = "moreRows";

	private final ScenarioService scenarios;
	private final ScenarioOutlook outlook;
	private final IndicatorCatalog catalog;
	private final States states;
	private final JsonMapper json;
	private final List<ScenarioCitations> citations;

	ScenarioPages(ScenarioService scenarios, ScenarioOutlook outlook, IndicatorCatalog catalog, States states,
			JsonMapper json, List<ScenarioCitations> citations) {
		this.scenarios = scenarios;
		this.outlook = outlook;
		this.catalog = catalog;
		this.states = states;
		this.json = json;
		this.citations = citations;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("scenarios", scenarios.all());
		model.addAttribute("mayWrite", Scenario.mayWriteScenarios(CurrentUser.get()));
		model.addAttribute("maxCompared", MAX_COMPARED);
		return "foresight/scenarios";
	}

	/** The empty form; from a projection page, its first row already names that series. */
	@GetMapping("/new")
	String newScenario(@RequestParam(required = false) String indicator, @RequestParam(required = false) String state,
			Model model) {
		ScenarioService.writer();
		return form(model, null, ScenarioEdit.startingWith(indicator, state), Map.of(), false);
	}

	@PostMapping
	String create(@RequestParam MultiValueMap<String, String> params, Model model) {
		ScenarioEdit edit = ScenarioEdit.fromForm(params);
		if (params.containsKey(MORE_ROWS)) {
			ScenarioService.writer();
			return form(model, null, edit.withEmptyRows(), Map.of(), false);
		}
		try {
			return "redirect:/scenarios/" + scenarios.create(edit).id() + "?saved";
		}
		catch (ScenarioInputException e) {
			return form(model, null, edit.withEmptyRows(), e.errors(), false);
		}
	}

	@GetMapping("/{id}")
	String current(@PathVariable long id, Model model) {
		return show(scenarios.get(id, null), model);
	}

	/**
	 * One version, also for visitors when published work cites it (the address is open to all; the check is here).
	 * Other visitors are sent to sign in, as for every other scenario page.
	 */
	@GetMapping("/{id}/versions/{version}")
	String version(@PathVariable long id, @PathVariable int version, Model model) {
		if (CurrentUser.get().isAnonymous() && citations.stream().noneMatch(c -> c.isCitedInPublishedWork(id, version))) {
			throw new AuthenticationCredentialsNotFoundException("Scenarios not cited in published work need a sign-in.");
		}
		return show(scenarios.get(id, version), model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Scenario current = changeable(id);
		return form(model, current, ScenarioEdit.of(current), Map.of(), false);
	}

	/** The current version, for a user who may write a new one (the form is not shown to anyone else). */
	private Scenario changeable(long id) {
		Scenario current = scenarios.get(id, null);
		if (!current.mayBeChangedBy(ScenarioService.writer())) {
			throw new AccessDeniedException("Not a writer of this scenario.");
		}
		return current;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model) {
		ScenarioEdit edit = ScenarioEdit.fromForm(params);
		if (params.containsKey(MORE_ROWS)) {
			return form(model, changeable(id), edit.withEmptyRows(), Map.of(), false);
		}
		try {
			return "redirect:/scenarios/" + scenarios.update(id, edit).id() + "?saved";
		}
		catch (ScenarioInputException e) {
			return form(model, scenarios.get(id, null), edit.withEmptyRows(), e.errors(), false);
		}
		catch (ScenarioConflictException e) {
			Scenario now = scenarios.get(id, null);
			// What was typed is kept, beside a notice and a link to the version saved meanwhile; saving again after
			// reading it makes this the next version, knowingly.
			return form(model, now, new ScenarioEdit(edit.title(), edit.rationale(), now.version(), edit.paths())
				.withEmptyRows(), Map.of(), true);
		}
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String reason, Model model) {
		try {
			scenarios.withdraw(id, version, reason);
			return "redirect:/scenarios/" + id + "?withdrawn";
		}
		catch (ScenarioConflictException e) {
			model.addAttribute("conflict", true);
			return show(scenarios.get(id, null), model);
		}
		catch (ScenarioInputException e) {
			model.addAttribute("reasonError", e.errors().get("reason"));
			return show(scenarios.get(id, null), model);
		}
	}

	@GetMapping("/compare")
	String compare(@RequestParam(defaultValue = "") String ids,
			@RequestParam(required = false) List<String> pick, Model model) {
		// The list sends its checkboxes as "pick" when scripts are off; shared links carry "ids".
		String refs = ids.isBlank() && pick != null ? String.join(",", pick) : ids;
		List<Scenario> chosen = new ArrayList<>();
		for (String ref : refs.split(",")) {
			if (!ref.isBlank() && chosen.size() < MAX_COMPARED) {
				chosen.add(reference(ref.trim()));
			}
		}
		Set<String> series = new LinkedHashSet<>();
		chosen.forEach(s -> s.paths().forEach(p -> series.add(p.indicator() + "|" + p.state())));
		List<ComparedSeries> compared = new ArrayList<>();
		for (String key : series) {
			String[] parts = key.split("\\|");
			Map<String, ScenarioOutlook.PathOutlook> paths = new LinkedHashMap<>();
			for (Scenario s : chosen) {
				s.paths().stream().filter(p -> p.indicator().equals(parts[0]) && p.state().equals(parts[1]))
					.findFirst()
					.ifPresent(p -> paths.put(label(s), outlook.of(p)));
			}
			ProjectionView chart = ScenarioOutlook.chart(paths);
			compared.add(new ComparedSeries(catalog.get(parts[0]), states.get(parts[1]), json.writeValueAsString(chart),
					chart));
		}
		model.addAttribute("chosen", chosen);
		model.addAttribute("compared", compared);
		model.addAttribute("all", scenarios.all());
		model.addAttribute("ids", refs);
		return "foresight/scenario-compare";
	}

	/** One series in the comparison: each scenario's path on it, and the chart of them all beside the baseline. */
	record ComparedSeries(org.ots.platform.indicators.Indicator indicator, org.ots.platform.states.State state,
			String chartJson, ProjectionView chart) {
	}

	/** "12" is scenario 12 as it is now, "12v1" its first version. */
	private Scenario reference(String ref) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,12})(?:v(\\d{1,6}))?").matcher(ref);
		if (!m.matches()) {
			throw new NotFoundException("Scenario", ref);
		}
		return scenarios.get(Long.parseLong(m.group(1)), m.group(2) == null ? null : Integer.valueOf(m.group(2)));
	}

	private static String label(Scenario s) {
		return s.title() + (s.isLatest() ? "" : " (v" + s.version() + ")");
	}

	private String show(Scenario scenario, Model model) {
		List<ScenarioOutlook.PathOutlook> paths = outlook.of(scenario);
		List<String> charts = paths.stream()
			.map(path -> json.writeValueAsString(ScenarioOutlook.chart(Map.of(label(scenario), path))))
			.toList();
		model.addAttribute("scenario", scenario);
		model.addAttribute("paths", paths);
		model.addAttribute("charts", charts);
		// Visitors reach a version only through published work citing it; the other versions stay for the signed-in.
		model.addAttribute("versions", CurrentUser.get().isAnonymous() ? List.of() : scenarios.versions(scenario.id()));
		model.addAttribute("mayChange", scenario.isLatest() && scenario.mayBeChangedBy(CurrentUser.get()));
		return "foresight/scenario";
	}

	private String form(Model model, Scenario scenario, ScenarioEdit form, Map<String, String> errors,
			boolean conflict) {
		model.addAttribute("scenario", scenario);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("kinds", PathKind.values());
		model.addAttribute("indicators", catalog.indicators());
		model.addAttribute("states", states.all());
		return "foresight/scenario-form";
	}
}
