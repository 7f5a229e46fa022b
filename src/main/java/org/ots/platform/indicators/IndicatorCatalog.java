package org.ots.platform.indicators;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ots.platform.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to the framework and the volume of data, for pages of this and other modules. */
@Service
public class IndicatorCatalog {

	private final Areas areas;
	private final Indicators indicators;
	private final Targets targets;
	private final Observations observations;
	private final ValueQueries values;
	private final JdbcClient jdbc;

	IndicatorCatalog(Areas areas, Indicators indicators, Targets targets, Observations observations,
			ValueQueries values, JdbcClient jdbc) {
		this.areas = areas;
		this.indicators = indicators;
		this.targets = targets;
		this.observations = observations;
		this.values = values;
		this.jdbc = jdbc;
	}

	public List<Area> areas() {
		return areas.findAllByOrderBySortOrder();
	}

	public List<Indicator> indicators() {
		return indicators.findAllByOrderByAreaCodeAscCodeAsc();
	}

	public List<Indicator> indicatorsOf(String areaCode) {
		return indicators.findByAreaCodeOrderByCode(areaCode);
	}

	public Optional<Indicator> find(String code) {
		return indicators.findById(code);
	}

	public Indicator get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("Indicator", code));
	}

	public List<Target> targetsOf(String indicatorCode) {
		return targets.findByIndicatorCodeOrderByTargetYear(indicatorCode);
	}

	/** The reference values of one indicator for one state, oldest period first (used by national reports). */
	public List<Observation> referenceSeries(String indicatorCode, String stateCode) {
		return observations.referenceSeries(indicatorCode, List.of(stateCode));
	}

	/** The reference values of one indicator for every state, by state and oldest period first. */
	public List<Observation> referenceSeries(String indicatorCode) {
		return observations.referenceSeries(indicatorCode, List.of());
	}

	/** Every reference value of one state, by indicator and oldest period first. */
	public List<Observation> referenceValuesOf(String stateCode) {
		return values.referenceValuesOf(stateCode);
	}

	/** The latest reference value of each series of these indicators up to a year (any when null), in one query. */
	public List<Observation> latestReferenceValues(Collection<String> indicatorCodes, Integer upToYear) {
		return values.latestReferenceValues(indicatorCodes, upToYear);
	}

	/**
	 * The annual reference values of the given indicators for every state and year, in one query: composite indices
	 * read a whole matrix at once.
	 */
	public List<Observation> annualReferenceValues(Collection<String> indicatorCodes) {
		return observations.annualReferenceValues(indicatorCodes);
	}

	/** How much data the platform holds: values, and series (indicator x state) with at least one value. */
	public DataVolume volume() {
		return jdbc.sql("SELECT COUNT(*) AS n, COUNT(DISTINCT indicator_code || '|' || state_code) AS s FROM observation")
			.query((rs, row) -> new DataVolume(rs.getLong("n"), rs.getLong("s")))
			.single();
	}

	public record DataVolume(long observations, long series) {
	}
}
