package org.ots.platform.commitments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ots.platform.indicators.Target;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public register: every document with its commitments, and one page per document. */
@Controller
class CommitmentPages {

	private final CommitmentRegistry registry;
	private final ReferenceData reference;

	CommitmentPages(CommitmentRegistry registry, ReferenceData reference) {
		this.registry = registry;
		this.reference = reference;
	}

	@GetMapping("/commitments")
	String list(@RequestParam(required = false) String area, @RequestParam(required = false) String state,
			@RequestParam(required = false) String initiative, Model model) {
		CommitmentQuery query = new CommitmentQuery(area, state, initiative, null);
		List<Commitment> matching = registry.commitments(query, 0, CommitmentRegistry.MAX_PAGE_SIZE).items();
		Map<String, List<Commitment>> byDocument = matching.stream()
			.collect(Collectors.groupingBy(Commitment::initiativeCode, LinkedHashMap::new, Collectors.toList()));
		List<Initiative> all = registry.initiatives();
		boolean filtered = !query.equals(CommitmentQuery.ALL);
		model.addAttribute("documents", filtered ? all.stream().filter(i -> byDocument.containsKey(i.code())).toList() : all);
		model.addAttribute("allDocuments", all);
		model.addAttribute("commitmentsOf", byDocument);
		model.addAttribute("query", query);
		model.addAttribute("matchCount", matching.size());
		reference.addTo(model);
		return "commitments/list";
	}

	@GetMapping("/commitments/{code}")
	String document(@PathVariable String code, Model model) {
		Initiative document = registry.initiative(code);
		Map<Long, List<Target>> targets = new LinkedHashMap<>();
		document.commitments().forEach(c -> targets.put(c.id(), registry.targetsOf(c)));
		model.addAttribute("document", document);
		model.addAttribute("targetsOf", targets);
		reference.addTo(model);
		return "commitments/document";
	}
}
