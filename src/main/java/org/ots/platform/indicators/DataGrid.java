package org.ots.platform.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

/**
 * The data entry grid of one state and one area: a row per indicator, a column per year. A row edits the values
 * of one source (by default the indicator's usual source); where another source holds the reference value, the
 * cell shows it as a hint so that nobody enters a figure twice without noticing.
 */
@Component
class DataGrid {

	/** A window wider than this makes the page unusable; longer histories belong to the import. */
	static final int MAX_YEARS = 30;

	private final IndicatorCatalog catalog;
	private final Observations observations;

	DataGrid(IndicatorCatalog catalog, Observations observations) {
		this.catalog = catalog;
		this.observations = observations;
	}

	record Row(Indicator indicator, String source, List<GridCell> cells) {

		public String domId() {
			return "row-" + indicator.code().replace('.', '_');
		}
	}

	static List<Integer> years(int from, int to) {
		return IntStream.rangeClosed(from, to).boxed().toList();
	}

	List<Row> rows(String state, String area, int from, int to) {
		List<Indicator> indicators = catalog.indicatorsOf(area);
		Map<String, List<Observation>> values = observations
			.forGrid(state, indicators.stream().map(Indicator::code).toList(), from, to)
			.stream()
			.collect(Collectors.groupingBy(Observation::indicatorCode));
		return indicators.stream()
			.map(i -> row(i, state, from, to, i.source(), values.getOrDefault(i.code(), List.of())))
			.toList();
	}

	Row row(Indicator indicator, String state, int from, int to, String source) {
		return row(indicator, state, from, to, source,
				observations.forGrid(state, List.of(indicator.code()), from, to));
	}

	GridCell cell(Indicator indicator, String state, String period, String source) {
		return cell(indicator, state, period, source, observations.allSources(indicator.code(), state, period));
	}

	private Row row(Indicator indicator, String state, int from, int to, String source, List<Observation> values) {
		String rowSource = source == null || source.isBlank() ? indicator.source() : source.trim();
		List<GridCell> cells = new ArrayList<>();
		for (int year : years(from, to)) {
			String period = Integer.toString(year);
			cells.add(cell(indicator, state, period, rowSource,
					values.stream().filter(o -> o.period().code().equals(period)).toList()));
		}
		return new Row(indicator, rowSource, cells);
	}

	private static GridCell cell(Indicator indicator, String state, String period, String source,
			List<Observation> allSources) {
		Observation own = allSources.stream().filter(o -> o.source().equals(source)).findFirst().orElse(null);
		Observation reference = allSources.stream()
			.filter(o -> o.reference() && !o.source().equals(source))
			.findFirst()
			.orElse(null);
		return GridCell.of(indicator, state, period, source, own, reference);
	}
}
