package org.ots.platform.indicators;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ots.platform.identity.AuditTrail;
import org.ots.platform.shared.Period;
import org.ots.platform.states.State;
import org.ots.platform.states.States;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's observations: a few real published figures, each with its source, and illustrative series from
 * {@link IllustrativeSeries} so that charts and grids have something to show. Illustrative values are flagged
 * and every page labels them; they are never presented as real.
 */
@Component
public class IndicatorsDemoContent {

	static final String DEMO_ACTOR = "demo";

	private final Observations observations;
	private final Targets targets;
	private final IndicatorCatalog catalog;
	private final States states;
	private final AuditTrail audit;
	private final Clock clock;

	IndicatorsDemoContent(Observations observations, Targets targets, IndicatorCatalog catalog, States states,
			AuditTrail audit, Clock clock) {
		this.observations = observations;
		this.targets = targets;
		this.catalog = catalog;
		this.states = states;
		this.audit = audit;
		this.clock = clock;
	}

	/** A published figure: indicator, state, year, value, source, note. */
	record RealFigure(String indicator, String state, int year, double value, String source, String note) {
	}

	/** Real figures quoted by their publishers (see shared/reference, section 3.2, for the citations). */
	static final List<RealFigure> REAL = List.of(
			new RealFigure("OTS.TITR.CARGO", "OTS", 2021, 586,
					"TITR International Association, cited at the World Bank event in Tbilisi, 27 Feb 2024 (Astana Times)", null),
			new RealFigure("OTS.TITR.CARGO", "OTS", 2022, 1500, "World Economic Forum, June 2023; Astana Times",
					"Reported as an increase of 2.5 times over 2021."),
			new RealFigure("OTS.TITR.CARGO", "OTS", 2023, 2700, "Trend news agency, January 2024",
					"Reported as more than 2.7 million tonnes, +86%. Other sources give 2.8 million tonnes; growth rates conflict."),
			new RealFigure("OTS.TITR.CARGO", "OTS", 2023, 2800, "Astana Times", "Reported as 2.8 million tonnes, +86%."),
			new RealFigure("OTS.TITR.CARGO", "OTS", 2024, 4500,
					"Government of Kazakhstan via Vestnik Kavkaza (27 Jun 2025); AZCON via Report.az (20 Oct 2025)",
					"Reported as 4.5 million tonnes, up 62% year on year."),
			new RealFigure("TRD.BILAT.AZE_KAZ", "KAZ", 2025, 533, "Official figure for 2025 reported by Kazakhstan",
					"Reported as nearly five times its level five years earlier; the 2020 base value is not recorded here."),
			new RealFigure("LP.LPI.OVRL.XQ", "HUN", 2023, 3.2, "World Bank, Logistics Performance Index 2023", null),
			new RealFigure("LP.LPI.OVRL.XQ", "KAZ", 2023, 2.7, "World Bank, Logistics Performance Index 2023", null),
			new RealFigure("LP.LPI.OVRL.XQ", "KGZ", 2023, 2.3, "World Bank, Logistics Performance Index 2023", null),
			new RealFigure("LP.LPI.OVRL.XQ", "TUR", 2023, 3.4, "World Bank, Logistics Performance Index 2023", null),
			new RealFigure("LP.LPI.OVRL.XQ", "UZB", 2023, 2.6, "World Bank, Logistics Performance Index 2023", null));

	/**
	 * Targets for all states on two illustrative series, so that the demo shows projections with the chance of
	 * meeting a target (some states on course, some at risk). They are not agreed targets, and say so.
	 */
	static final String ILLUSTRATIVE_TARGET = "Illustrative demo target (not an agreed target)";
	static final List<Target> ILLUSTRATIVE_TARGETS = List.of(
			new Target(null, "CLI.RENEW.ELEC", null, 35, 2030, ILLUSTRATIVE_TARGET, null, null),
			new Target(null, "IT.NET.USER.ZS", null, 90, 2030, ILLUSTRATIVE_TARGET, null, null));

	/** Loads the demo observations once; does nothing when the database holds observations already. */
	@Transactional
	public void load() {
		if (catalog.volume().observations() > 0) {
			return;
		}
		Instant now = Instant.now(clock);
		int real = 0;
		for (RealFigure figure : REAL) {
			boolean first = observations.allSources(figure.indicator(), figure.state(), Integer.toString(figure.year())).isEmpty();
			observations.insert(new Observation(null, figure.indicator(), figure.state(), Period.ofYear(figure.year()),
					figure.source(), figure.value(), ObservationStatus.FINAL, figure.note(), first, false, DEMO_ACTOR,
					now, 0), null);
			real++;
		}
		int illustrative = 0;
		List<State> countries = states.countries();
		for (IllustrativeSeries.Profile profile : IllustrativeSeries.PROFILES) {
			Indicator indicator = catalog.get(profile.indicator());
			for (State state : countries) {
				List<Observation> series = IllustrativeSeries.generate(profile, indicator, state.code(), now);
				series.forEach(o -> observations.insert(o, null));
				illustrative += series.size();
			}
		}
		if (targets.count() == 0) {
			targets.saveAll(ILLUSTRATIVE_TARGETS);
		}
		audit.recordAs(DEMO_ACTOR, "DEMO_LOAD", "Observation", "demo", null, null,
				Map.of("realFigures", real, "illustrativeValues", illustrative, "generator", IllustrativeSeries.DESCRIPTION,
						"illustrativeTargets", ILLUSTRATIVE_TARGETS.size()));
	}

	static List<RealFigure> realFigures() {
		return new ArrayList<>(REAL);
	}
}
