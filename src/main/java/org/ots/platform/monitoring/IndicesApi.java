package org.ots.platform.monitoring;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Composite indices as JSON: the published definitions (all of them for the Secretariat), and one index for one
 * year with its method statement, the ranking with the normalised values, and the sensitivity of each rank.
 * Unpublished definitions are not found for the public.
 */
@RestController
@RequestMapping("/api/v1/indices")
class IndicesApi {

	record DefinitionJson(long id, String name, String areaCode, List<IndexDefinition.Component> components,
			String normalisation, String aggregation, String missingData, boolean published, boolean defaultMethod,
			String statement, int version) {

		static DefinitionJson of(IndexDefinition d) {
			return new DefinitionJson(d.id(), d.name(), d.areaCode(), d.components(), d.normalisation().name(),
					d.aggregation().name(), d.maxMissing() + "/" + d.missingOutOf(), d.published(), d.defaultMethod(),
					d.method().describe(), d.version());
		}
	}

	record UnitJson(String state, Double score, Integer rank, Map<String, Double> normalised, String notScoredBecause,
			Double medianRank, Integer bestRank, Integer worstRank, Double meanAbsoluteRankShift) {
	}

	record VariantJson(String method, Map<String, Integer> ranks, Double meanAbsoluteRankShift,
			String notComputableBecause) {
	}

	record IndexJson(DefinitionJson definition, List<Integer> years, Integer year, String statement,
			List<UnitJson> units, List<VariantJson> variants, String notComputableBecause) {
	}

	private final IndexDefinitionService definitions;
	private final IndexComputation computation;
	private final MessageSource messages;

	IndicesApi(IndexDefinitionService definitions, IndexComputation computation, MessageSource messages) {
		this.definitions = definitions;
		this.computation = computation;
		this.messages = messages;
	}

	@GetMapping
	List<DefinitionJson> all() {
		return definitions.visible().stream().map(DefinitionJson::of).toList();
	}

	@GetMapping("/{id}")
	IndexJson one(@PathVariable long id, @RequestParam(required = false) Integer year) {
		IndexComputation.IndexView view = computation.compute(definitions.visible(id), year);
		if (!view.computed()) {
			return new IndexJson(DefinitionJson.of(view.definition()), view.years(), view.year(), null, List.of(),
					List.of(), problem(view.problem()));
		}
		Map<String, SensitivityReport.UnitSensitivity> sensitivity = new java.util.HashMap<>();
		view.sensitivity().units().forEach(u -> sensitivity.put(u.unit(), u));
		List<UnitJson> units = view.result().units().stream().map(line -> {
			SensitivityReport.UnitSensitivity s = sensitivity.get(line.unit());
			return new UnitJson(line.unit(), line.score(), line.rank(), line.normalised(), line.notScoredBecause(),
					s == null ? null : s.medianRank(), s == null ? null : s.bestRank(), s == null ? null : s.worstRank(),
					s == null ? null : s.meanAbsoluteRankShift());
		}).toList();
		List<VariantJson> variants = view.sensitivity().variants().stream()
			.map(v -> new VariantJson(v.label(), v.ranks(), v.meanAbsoluteRankShift(), v.notComputableBecause()))
			.toList();
		return new IndexJson(DefinitionJson.of(view.definition()), view.years(), view.year(), view.result().statement(),
				units, variants, null);
	}

	/** The reason in the reader's language when it is one of ours, else the calculation's own words. */
	private String problem(String reason) {
		return reason.startsWith("indices.")
				? messages.getMessage(reason, null, reason, LocaleContextHolder.getLocale()) : reason;
	}
}
