package org.ots.platform.monitoring;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A composite index as the Secretariat defines it: over the indicators of one area, or overall when
 * {@code areaCode} is null, with the choices of its method. Only a published definition is shown to the public;
 * {@code defaultMethod} marks the seeded ones, whose method nobody chose (the page says so).
 */
record IndexDefinition(Long id, String name, String areaCode, List<Component> components,
		NormalisationChoice normalisation, AggregationChoice aggregation, int maxMissing, int missingOutOf,
		boolean published, boolean defaultMethod, Instant createdAt, Instant updatedAt, int version) {

	IndexDefinition {
		components = List.copyOf(components);
	}

	/** One indicator of the index; {@code weight} is null when the index weighs its indicators equally. */
	record Component(String indicatorCode, Double weight) {
	}

	/** The normalisations a definition may choose; their scale and reference are fixed here. */
	enum NormalisationChoice {
		MIN_MAX, Z_SCORE, DISTANCE_TO_MEAN, RANK, PERCENTILE;

		Normalisation normalisation() {
			return switch (this) {
				case MIN_MAX -> Normalisation.minMax(100);
				case Z_SCORE -> Normalisation.zScore();
				case DISTANCE_TO_MEAN -> Normalisation.distanceTo(Reference.mean(), Normalisation.DistanceForm.RATIO);
				case RANK -> Normalisation.rank();
				case PERCENTILE -> Normalisation.percentile();
			};
		}
	}

	/** Arithmetic, or geometric with zero and negative normalised values shifted (never refused on a page). */
	enum AggregationChoice {
		ARITHMETIC, GEOMETRIC;

		Aggregation aggregation() {
			return this == ARITHMETIC ? Aggregation.arithmetic()
					: Aggregation.geometric(Aggregation.NonPositiveValues.SHIFT);
		}
	}

	public boolean overall() {
		return areaCode == null;
	}

	public boolean equalWeights() {
		return components.stream().allMatch(c -> c.weight() == null);
	}

	List<String> indicatorCodes() {
		return components.stream().map(Component::indicatorCode).toList();
	}

	IndexMethod method() {
		Weights weights = equalWeights() ? Weights.equal()
				: Weights.set(components.stream()
					.collect(Collectors.toMap(Component::indicatorCode, Component::weight, (a, b) -> a, LinkedHashMap::new)));
		return new IndexMethod(normalisation.normalisation(), weights, aggregation.aggregation(),
				MissingData.atMost(maxMissing, missingOutOf));
	}

	/** What the audit trail keeps of a definition, before and after a change. */
	Map<String, Object> describe() {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", name);
		d.put("area", areaCode == null ? "" : areaCode);
		d.put("indicators", components.stream()
			.map(c -> c.weight() == null ? c.indicatorCode() : c.indicatorCode() + "=" + Numbers.format(c.weight()))
			.collect(Collectors.joining(" ")));
		d.put("normalisation", normalisation.name());
		d.put("aggregation", aggregation.name());
		d.put("missingData", maxMissing + "/" + missingOutOf);
		d.put("published", published);
		d.put("version", version);
		return d;
	}
}
