package org.ots.platform.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.ots.platform.indicators.Area;
import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.indicators.Observation;
import org.ots.platform.shared.NotFoundException;
import org.ots.platform.states.State;
import org.ots.platform.states.States;
import org.springframework.stereotype.Service;

/**
 * The public views of progress: the scoreboard of an area, a state's profile and the comparison of states on one
 * indicator. Each reads the stored statuses and the values in bulk, a fixed number of queries whatever the number
 * of indicators and states, so that a large framework does not slow the pages down.
 */
@Service
class ProgressViews {

	/** A chart's data in the shape {@code charts.js} draws: one line per state over the union of the periods. */
	record Chart(List<String> periods, List<Line> series) {
	}

	record Line(String state, String name, boolean illustrative, List<Point> points) {
	}

	record Point(Double value, String source, boolean illustrative) {
	}

	/** One indicator on a state's profile: its status, latest value and chart. */
	record ProfileEntry(Indicator indicator, ProgressStatus status, Observation latest, Chart chart) {

		public String cssClass() {
			return Scoreboard.cssClassOf(status);
		}
	}

	/** One state on the comparison page: its status and latest value. */
	record Comparison(State state, ProgressStatus status, Observation latest) {

		public String cssClass() {
			return Scoreboard.cssClassOf(status);
		}
	}

	private final IndicatorCatalog catalog;
	private final States states;
	private final ProgressAssessments assessments;
	private final ScoreboardCache cache;

	ProgressViews(IndicatorCatalog catalog, States states, ProgressAssessments assessments, ScoreboardCache cache) {
		this.catalog = catalog;
		this.states = states;
		this.assessments = assessments;
		this.cache = cache;
	}

	List<Area> areas() {
		return catalog.areas();
	}

	/** The scoreboard of an area (the first area when none is named); 404 for an unknown area. */
	Scoreboard scoreboard(String areaCode, Integer year, String sort) {
		return cache.board(areaCode, year, () -> read(areaCode, year)).sorted(sort);
	}

	private Scoreboard read(String areaCode, Integer year) {
		List<Area> areas = catalog.areas();
		Area area = areaCode == null || areaCode.isBlank() ? areas.stream().findFirst().orElseThrow(
				() -> new NotFoundException("Area", "")) : areas.stream()
			.filter(a -> a.code().equalsIgnoreCase(areaCode.trim()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Area", areaCode));
		List<Indicator> indicators = catalog.indicatorsOf(area.code());
		List<String> codes = indicators.stream().map(Indicator::code).toList();
		return Scoreboard.of(area, year, indicators, states.all(), assessments.list(codes, null),
				catalog.latestReferenceValues(codes, year), null);
	}

	/** Every indicator of a state, by area, with its status, latest value and series; 404 for an unknown state. */
	Map<Area, List<ProfileEntry>> profile(State state, Locale locale) {
		Map<String, ProgressStatus> statuses = new HashMap<>();
		assessments.list(null, state.code()).forEach(a -> statuses.put(a.indicator(), a.status()));
		Map<String, List<Observation>> values = new HashMap<>();
		catalog.referenceValuesOf(state.code())
			.forEach(o -> values.computeIfAbsent(o.indicatorCode(), i -> new ArrayList<>()).add(o));
		Map<String, Area> areas = new LinkedHashMap<>();
		catalog.areas().forEach(a -> areas.put(a.code(), a));
		Map<Area, List<ProfileEntry>> profile = new LinkedHashMap<>();
		for (Indicator indicator : catalog.indicators()) {
			List<Observation> series = values.getOrDefault(indicator.code(), List.of());
			if (series.isEmpty() && !statuses.containsKey(indicator.code())) {
				continue;
			}
			profile.computeIfAbsent(areas.get(indicator.areaCode()), a -> new ArrayList<>())
				.add(new ProfileEntry(indicator, statuses.get(indicator.code()),
						series.isEmpty() ? null : series.get(series.size() - 1), chart(series, locale)));
		}
		return profile;
	}

	/** Every state's status and latest value on one indicator, in the states' order. */
	List<Comparison> comparison(Indicator indicator, List<Observation> series) {
		Map<String, ProgressStatus> statuses = new HashMap<>();
		assessments.list(List.of(indicator.code()), null).forEach(a -> statuses.put(a.state(), a.status()));
		Map<String, Observation> latest = new HashMap<>();
		series.forEach(o -> latest.put(o.stateCode(), o));
		List<Comparison> rows = new ArrayList<>();
		for (State state : states.all()) {
			if (statuses.containsKey(state.code()) || latest.containsKey(state.code())) {
				rows.add(new Comparison(state, statuses.get(state.code()), latest.get(state.code())));
			}
		}
		return rows;
	}

	/** The lines of these values (any states), over the union of their periods, oldest first. */
	Chart chart(List<Observation> values, Locale locale) {
		TreeSet<String> periods = new TreeSet<>();
		Map<String, Map<String, Observation>> byState = new LinkedHashMap<>();
		for (Observation o : values) {
			periods.add(o.period().code());
			byState.computeIfAbsent(o.stateCode(), s -> new HashMap<>()).put(o.period().code(), o);
		}
		List<Line> lines = new ArrayList<>();
		for (State state : states.all()) {
			Map<String, Observation> points = byState.get(state.code());
			if (points == null) {
				continue;
			}
			boolean illustrative = points.values().stream().anyMatch(Observation::illustrative);
			lines.add(new Line(state.code(), state.name().in(locale), illustrative, periods.stream().map(p -> {
				Observation o = points.get(p);
				return o == null ? new Point(null, null, false) : new Point(o.value(), o.source(), o.illustrative());
			}).toList()));
		}
		return new Chart(List.copyOf(periods), lines);
	}
}
