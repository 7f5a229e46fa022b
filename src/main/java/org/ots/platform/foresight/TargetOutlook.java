package org.ots.platform.foresight;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.shared.NotFoundException;
import org.ots.platform.states.States;
import org.springframework.stereotype.Service;

/**
 * What the stored projections say, for pages, the API and other modules (monitoring's "projection off track"
 * alerts): one series' projection, the chance of meeting its target, and the targets at risk.
 */
@Service
public class TargetOutlook {

	private final SeriesProjections store;
	private final IndicatorCatalog catalog;
	private final States states;
	private final ForesightSettings settings;

	TargetOutlook(SeriesProjections store, IndicatorCatalog catalog, States states, ForesightSettings settings) {
		this.store = store;
		this.catalog = catalog;
		this.states = states;
		this.settings = settings;
	}

	/**
	 * Whether the projection meets the series' target in its year, i.e. the probability of meeting it is at least
	 * the at-risk bound; empty without a projection or a target.
	 */
	public Optional<Boolean> projectedToMeetTarget(String indicator, String state) {
		return probabilityOfMeetingTarget(indicator, state).map(p -> p >= settings.atRiskBelow());
	}

	public Optional<Double> probabilityOfMeetingTarget(String indicator, String state) {
		return store.find(indicator, state).map(SeriesProjection::probability);
	}

	public Optional<SeriesProjection> find(String indicator, String state) {
		return store.find(indicator, state);
	}

	/** The stored projection of one series; 404 for an unknown indicator or state, or a series without values. */
	public SeriesProjection get(String indicator, String state) {
		catalog.get(indicator);
		String code = states.get(state).code();
		return store.find(indicator, code)
			.orElseThrow(() -> new NotFoundException("Projection of series", indicator + "|" + code));
	}

	/** The projections (without their years) of a state and an area, each optional: targets at risk first. */
	public List<SeriesProjection> list(String state, String area) {
		return store.list(indicatorsOf(area), stateCode(state)).stream().sorted(atRiskFirst()).toList();
	}

	/** The series whose target is at risk: probability of meeting it below the bound, the least likely first. */
	public List<SeriesProjection> atRisk(String state, String area) {
		return list(state, area).stream().filter(this::isAtRisk).toList();
	}

	public boolean isAtRisk(SeriesProjection projection) {
		return projection.probability() != null && projection.probability() < settings.atRiskBelow();
	}

	public double atRiskBound() {
		return settings.atRiskBelow();
	}

	private Comparator<SeriesProjection> atRiskFirst() {
		return Comparator.comparing((SeriesProjection p) -> !isAtRisk(p))
			.thenComparing(p -> p.probability() == null ? 2 : p.probability())
			.thenComparing(SeriesProjection::indicator)
			.thenComparing(SeriesProjection::state);
	}

	private Collection<String> indicatorsOf(String area) {
		if (area == null || area.isBlank()) {
			return null;
		}
		if (catalog.areas().stream().noneMatch(a -> a.code().equals(area))) {
			throw new NotFoundException("Area", area);
		}
		return catalog.indicatorsOf(area).stream().map(Indicator::code).toList();
	}

	private String stateCode(String state) {
		return state == null || state.isBlank() ? null : states.get(state).code();
	}
}
