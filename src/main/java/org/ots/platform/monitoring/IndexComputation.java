package org.ots.platform.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ots.platform.indicators.Direction;
import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.indicators.Observation;
import org.ots.platform.states.State;
import org.ots.platform.states.States;
import org.springframework.stereotype.Service;

/**
 * Computes a defined index for one year from the reference values, on demand: the values of all its indicators
 * are read in one query and the pure {@link CompositeIndex} and {@link Sensitivity} do the rest. Nothing is stored,
 * so nothing can be stale when observations change; a page costs one query and a few dozen small calculations
 * (see bench/RESULTS.md for the measured cost).
 * <p>
 * The units are the member and observer states, not the OTS aggregate, which is not a peer of its members. Without
 * a year the latest year in which at least two states are scored is shown, since one state alone has no rank to
 * compare.
 */
@Service
class IndexComputation {

	private final IndicatorCatalog catalog;
	private final States states;

	IndexComputation(IndicatorCatalog catalog, States states) {
		this.catalog = catalog;
		this.states = states;
	}

	/**
	 * The index of one year: the raw values, the result and the sensitivity, or the reason it cannot be computed.
	 * {@code years} are the years with any value, latest first.
	 */
	record IndexView(IndexDefinition definition, List<Indicator> indicators, List<Integer> years, Integer year,
			Map<String, Map<String, Double>> raw, IndexResult result, SensitivityReport sensitivity, String problem) {

		public boolean computed() {
			return result != null;
		}
	}

	IndexView compute(IndexDefinition definition, Integer requestedYear) {
		List<Indicator> indicators = new ArrayList<>();
		for (String code : definition.indicatorCodes()) {
			catalog.find(code).filter(i -> i.direction() != Direction.NONE).ifPresent(indicators::add);
		}
		List<String> units = states.countries().stream().map(State::code).toList();
		Map<Integer, Map<String, Map<String, Double>>> byYear = new TreeMap<>(Comparator.reverseOrder());
		for (Observation o : catalog.annualReferenceValues(definition.indicatorCodes())) {
			if (units.contains(o.stateCode())) {
				byYear.computeIfAbsent(o.period().year(), y -> new TreeMap<>())
					.computeIfAbsent(o.stateCode(), s -> new LinkedHashMap<>())
					.put(o.indicatorCode(), o.value());
			}
		}
		List<Integer> years = List.copyOf(byYear.keySet());
		if (indicators.isEmpty() || years.isEmpty()) {
			return new IndexView(definition, indicators, years, requestedYear, Map.of(), null, null,
					indicators.isEmpty() ? "indices.problem.noIndicators" : "indices.problem.noData");
		}
		Integer year = requestedYear != null ? requestedYear : defaultYear(definition, indicators, units, byYear);
		Map<String, Map<String, Double>> raw = byYear.getOrDefault(year, Map.of());
		if (raw.isEmpty()) {
			return new IndexView(definition, indicators, years, year, raw, null, null, "indices.problem.noDataInYear");
		}
		try {
			IndexMatrix matrix = matrix(indicators, units, raw);
			SensitivityReport sensitivity = Sensitivity.analyse(matrix, definition.method());
			return new IndexView(definition, indicators, years, year, raw, sensitivity.base(), sensitivity, null);
		}
		catch (InvalidIndexException | IndexNotComputableException e) {
			return new IndexView(definition, indicators, years, year, raw, null, null, e.getMessage());
		}
	}

	/** The latest year in which at least two states are scored, else the latest year with any value. */
	private static Integer defaultYear(IndexDefinition definition, List<Indicator> indicators, List<String> units,
			Map<Integer, Map<String, Map<String, Double>>> byYear) {
		for (var year : byYear.entrySet()) {
			try {
				IndexResult result = CompositeIndex.calculate(matrix(indicators, units, year.getValue()),
						definition.method());
				if (result.ranking().size() >= 2) {
					return year.getKey();
				}
			}
			catch (InvalidIndexException | IndexNotComputableException e) {
				// this year's data do not allow the method; look further back
			}
		}
		return byYear.keySet().iterator().next();
	}

	static IndexMatrix matrix(List<Indicator> indicators, List<String> units, Map<String, Map<String, Double>> raw) {
		IndexMatrix.Builder builder = IndexMatrix.builder();
		indicators.forEach(i -> builder.indicator(i.code(), i.direction()));
		units.forEach(builder::unit);
		raw.forEach((unit, values) -> values.forEach((indicator, value) -> {
			if (indicators.stream().anyMatch(i -> i.code().equals(indicator))) {
				builder.value(unit, indicator, value);
			}
		}));
		return builder.build();
	}
}
