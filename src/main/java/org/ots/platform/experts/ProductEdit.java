package org.ots.platform.experts;

import java.util.List;

/**
 * A product as its form and the API send it. {@code institutionId} counts only for the Secretariat: an expert
 * always writes for their own institution. {@code expectedVersion} is the version the writer started from, null
 * for a new product.
 */
record ProductEdit(String kind, String title, String summary, Long institutionId, List<String> authors,
		List<String> areaCodes, List<String> indicatorCodes, List<String> stateCodes, Integer expectedVersion) {

	ProductEdit {
		authors = clean(authors);
		areaCodes = clean(areaCodes);
		indicatorCodes = clean(indicatorCodes);
		stateCodes = clean(stateCodes);
	}

	static ProductEdit empty() {
		return new ProductEdit(null, null, null, null, null, null, null, null, null);
	}

	static ProductEdit of(AnalyticalProduct p) {
		return new ProductEdit(p.kind().name(), p.title(), p.summary(), p.institutionId(), p.authors(), p.areaCodes(),
				p.indicatorCodes(), p.stateCodes(), p.version());
	}

	/** Blank entries (an empty option of a form) dropped, duplicates removed, order kept. */
	private static List<String> clean(List<String> values) {
		return values == null ? List.of()
				: values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).distinct().toList();
	}
}
