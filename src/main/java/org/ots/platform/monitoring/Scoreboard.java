package org.ots.platform.monitoring;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ots.platform.indicators.Area;
import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.Observation;
import org.ots.platform.states.State;

/**
 * Where every state of one area stands, indicator by indicator: the stored progress status of each series with its
 * latest value up to a year. The statuses are those of the whole series (they are computed from all its data); the
 * year only chooses which value is shown. The OTS aggregate row stays below the states whatever the order.
 */
record Scoreboard(Area area, Integer year, List<Indicator> indicators, List<Row> rows, Row aggregate, String sort) {

	/** One series' cell; status null when the series has no stored assessment, value null without a value. */
	record Cell(ProgressStatus status, Double value, String period, boolean illustrative) {

		static final Cell EMPTY = new Cell(null, null, null, false);

		public String cssClass() {
			return cssClassOf(status);
		}
	}

	record Row(State state, Map<String, Cell> cells) {

		public Cell cell(String indicator) {
			return cells.getOrDefault(indicator, Cell.EMPTY);
		}
	}

	/**
	 * Builds the board from what was read in bulk; {@code sort} is {@code state} (the states' own order), an
	 * indicator code (ascending by value) or an indicator code after a minus (descending); values missing go last.
	 */
	static Scoreboard of(Area area, Integer year, List<Indicator> indicators, List<State> states,
			List<ProgressAssessment> assessments, List<Observation> latest, String sort) {
		Map<String, Map<String, Cell>> cells = new HashMap<>();
		Map<String, ProgressStatus> statuses = new HashMap<>();
		assessments.forEach(a -> statuses.put(a.indicator() + "|" + a.state(), a.status()));
		for (Observation o : latest) {
			cells.computeIfAbsent(o.stateCode(), s -> new HashMap<>())
				.put(o.indicatorCode(), new Cell(statuses.remove(o.indicatorCode() + "|" + o.stateCode()), o.value(),
						o.period().code(), o.illustrative()));
		}
		// A series whose values all lie after the chosen year still has its status.
		statuses.forEach((key, status) -> {
			int bar = key.lastIndexOf('|');
			cells.computeIfAbsent(key.substring(bar + 1), s -> new HashMap<>())
				.put(key.substring(0, bar), new Cell(status, null, null, false));
		});
		Row aggregate = null;
		List<Row> rows = new java.util.ArrayList<>();
		for (State state : states) {
			Row row = new Row(state, cells.getOrDefault(state.code(), Map.of()));
			if (state.isAggregate()) {
				aggregate = row;
			}
			else {
				rows.add(row);
			}
		}
		return new Scoreboard(area, year, indicators, List.copyOf(rows), aggregate, "state").sorted(sort);
	}

	/** The same board in another order (see {@link #of}); boards are shared between requests, so never changed. */
	Scoreboard sorted(String requested) {
		String chosen = chosenSort(requested, indicators);
		List<Row> ordered = new java.util.ArrayList<>(rows);
		ordered.sort(order(chosen));
		return new Scoreboard(area, year, indicators, List.copyOf(ordered), aggregate, chosen);
	}

	/** The colour class of a status (null: none); every page also names the status, so colour is never the only cue. */
	static String cssClassOf(ProgressStatus status) {
		return status == null ? "status-none" : "status-" + status.name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The sort the link of an indicator's column asks for: ascending first, descending when already ascending. */
	public String sortLink(String indicator) {
		return indicator.equals(sort) ? "-" + indicator : indicator;
	}

	/** The query of a link to this board in another order (area and year kept). */
	public String sortQuery(String order) {
		return "?area=" + area.code() + (year == null ? "" : "&year=" + year) + "&sort=" + order;
	}

	public String sortedBy(String indicator) {
		return indicator.equals(sort) ? "ascending" : ("-" + indicator).equals(sort) ? "descending" : "none";
	}

	private static String chosenSort(String sort, List<Indicator> indicators) {
		if (sort == null) {
			return "state";
		}
		String code = sort.startsWith("-") ? sort.substring(1) : sort;
		return indicators.stream().anyMatch(i -> i.code().equals(code)) ? sort : "state";
	}

	private static Comparator<Row> order(String sort) {
		if ("state".equals(sort)) {
			return Comparator.comparingInt(r -> r.state().sortOrder());
		}
		boolean descending = sort.startsWith("-");
		String indicator = descending ? sort.substring(1) : sort;
		Comparator<Double> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
		return Comparator.comparing((Row r) -> r.cell(indicator).value(), Comparator.nullsLast(values))
			.thenComparingInt(r -> r.state().sortOrder());
	}
}
