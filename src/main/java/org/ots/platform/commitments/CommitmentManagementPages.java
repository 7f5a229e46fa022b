package org.ots.platform.commitments;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Secretariat's forms to record a document and its commitments. A refused entry comes back with the
 * reasons beside the fields; an entry someone else changed meanwhile comes back with a notice, nothing lost.
 */
@Controller
@RequestMapping("/commitments/manage")
class CommitmentManagementPages {

	/** Suffixes of the per-language fields (titleEn, titleRu, titleTr, ...). */
	private static final java.util.List<String> LANGUAGES = java.util.List.of("En", "Ru", "Tr");

	private final CommitmentRegistry registry;
	private final ReferenceData reference;

	CommitmentManagementPages(CommitmentRegistry registry, ReferenceData reference) {
		this.registry = registry;
		this.reference = reference;
	}

	@GetMapping
	String documents(Model model) {
		model.addAttribute("documents", registry.initiatives());
		return "commitments/manage";
	}

	@GetMapping("/new")
	String newDocument(Model model) {
		return documentForm(model, null, empty(), Map.of(), null);
	}

	@PostMapping("/new")
	String create(@ModelAttribute InitiativeEdit form, Model model) {
		try {
			return "redirect:/commitments/manage/" + registry.createInitiative(form).code() + "?saved";
		}
		catch (InvalidCommitmentException e) {
			return documentForm(model, null, form, e.errors(), null);
		}
	}

	@GetMapping("/{code}")
	String editDocument(@PathVariable String code, Model model) {
		Initiative document = registry.initiative(code);
		return documentForm(model, document, edit(document), Map.of(), null);
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @ModelAttribute InitiativeEdit form, Model model) {
		try {
			return "redirect:/commitments/manage/" + registry.updateInitiative(code, form).code() + "?saved";
		}
		catch (InvalidCommitmentException e) {
			return documentForm(model, registry.initiative(code), form, e.errors(), null);
		}
		catch (OutdatedEditException e) {
			Initiative current = registry.initiative(code);
			return documentForm(model, current, edit(current), Map.of(), e.getMessage());
		}
	}

	@GetMapping("/{code}/add")
	String newCommitment(@PathVariable String code, Model model) {
		Initiative document = registry.initiative(code);
		return commitmentForm(model, document, null,
				new CommitmentEdit(null, null, null, null, null, null, null, null, null, null, null), Map.of(), null);
	}

	@PostMapping("/{code}/add")
	String add(@PathVariable String code, @ModelAttribute CommitmentEdit form, Model model) {
		try {
			registry.addCommitment(code, form);
			return "redirect:/commitments/manage/" + registry.initiative(code).code() + "?saved";
		}
		catch (InvalidCommitmentException e) {
			return commitmentForm(model, registry.initiative(code), null, form, e.errors(), null);
		}
	}

	@GetMapping("/commitment/{id}")
	String editCommitment(@PathVariable long id, Model model) {
		Commitment commitment = registry.commitment(id);
		return commitmentForm(model, registry.initiative(commitment.initiativeCode()), commitment, edit(commitment),
				Map.of(), null);
	}

	@PostMapping("/commitment/{id}")
	String updateCommitment(@PathVariable long id, @ModelAttribute CommitmentEdit form, Model model) {
		Commitment before = registry.commitment(id);
		try {
			registry.updateCommitment(id, form);
			return "redirect:/commitments/manage/" + before.initiativeCode() + "?saved";
		}
		catch (InvalidCommitmentException e) {
			return commitmentForm(model, registry.initiative(before.initiativeCode()), before, form, e.errors(), null);
		}
		catch (OutdatedEditException e) {
			return commitmentForm(model, registry.initiative(before.initiativeCode()), before, edit(before), Map.of(),
					e.getMessage());
		}
	}

	@PostMapping("/commitment/{id}/delete")
	String delete(@PathVariable long id, @RequestParam int version, Model model) {
		Commitment before = registry.commitment(id);
		try {
			registry.deleteCommitment(id, version);
			return "redirect:/commitments/manage/" + before.initiativeCode() + "?deleted";
		}
		catch (OutdatedEditException | CommitmentInUseException e) {
			return commitmentForm(model, registry.initiative(before.initiativeCode()), before, edit(before), Map.of(),
					e.getMessage());
		}
	}

	private String documentForm(Model model, Initiative document, InitiativeEdit form, Map<String, String> errors,
			String conflict) {
		model.addAttribute("document", document);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("kinds", InitiativeKind.values());
		model.addAttribute("languages", LANGUAGES);
		reference.addTo(model);
		return "commitments/document-form";
	}

	private String commitmentForm(Model model, Initiative document, Commitment commitment, CommitmentEdit form,
			Map<String, String> errors, String conflict) {
		model.addAttribute("document", document);
		model.addAttribute("commitment", commitment);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("languages", LANGUAGES);
		reference.addTo(model);
		return "commitments/commitment-form";
	}

	private static InitiativeEdit empty() {
		return new InitiativeEdit(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	private static InitiativeEdit edit(Initiative i) {
		return new InitiativeEdit(i.code(), i.kind().name(), i.title().en(), i.title().ru(), i.title().tr(),
				String.valueOf(i.adoptedOn()), i.place(), i.referenceUrl(), i.summary().en(), i.summary().ru(),
				i.summary().tr(), i.version());
	}

	private static CommitmentEdit edit(Commitment c) {
		return new CommitmentEdit(c.reference(), c.text().en(), c.text().ru(), c.text().tr(), c.areaCode(),
				c.dueDate() == null ? null : c.dueDate().toString(), c.sortOrder(), c.summaryBasis(), c.indicatorCodes(),
				c.stateCodes(), c.version());
	}
}
