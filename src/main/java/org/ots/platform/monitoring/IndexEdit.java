package org.ots.platform.monitoring;

import java.util.stream.Collectors;

/**
 * An index definition as the form sends it: text, so that every mistake is reported beside its field.
 * {@code areaCode} is empty for the overall index. {@code components} lists indicator codes separated by spaces,
 * commas or lines, each alone (equal weights) or as {@code CODE=weight} (every one then needs a weight).
 * {@code missingData} is the share of the indicators a state may miss and still be scored, such as {@code 1/3}.
 * {@code expectedVersion} is the version the user read (null for a new definition).
 */
record IndexEdit(String name, String areaCode, String components, String normalisation, String aggregation,
		String missingData, String published, Integer expectedVersion) {

	static IndexEdit empty() {
		return new IndexEdit(null, null, null, IndexDefinition.NormalisationChoice.MIN_MAX.name(),
				IndexDefinition.AggregationChoice.ARITHMETIC.name(), "1/3", null, null);
	}

	static IndexEdit of(IndexDefinition d) {
		String components = d.components()
			.stream()
			.map(c -> c.weight() == null ? c.indicatorCode() : c.indicatorCode() + "=" + Numbers.format(c.weight()))
			.collect(Collectors.joining("\n"));
		return new IndexEdit(d.name(), d.areaCode(), components, d.normalisation().name(), d.aggregation().name(),
				d.maxMissing() + "/" + d.missingOutOf(), String.valueOf(d.published()), d.version());
	}

	public boolean publishedChosen() {
		return "true".equalsIgnoreCase(published) || "on".equalsIgnoreCase(published);
	}
}
