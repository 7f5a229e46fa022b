package org.ots.platform.foresight;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's scenarios, saved through the same checks, versions and audit as a user's (the loader signs in as the
 * demo expert first). Both say on screen that they are illustrative assumptions: one over the generated renewables
 * series of Uzbekistan, in two versions, and one over the real Trans-Caspian cargo figures.
 */
@Component
public class ScenariosDemoContent {

	static final String RENEWABLES = "Renewables push in Uzbekistan (illustrative demo scenario)";

	static final String CORRIDOR = "Middle Corridor cargo doubles by 2027 (illustrative demo scenario)";

	private final ScenarioService scenarios;

	ScenariosDemoContent(ScenarioService scenarios) {
		this.scenarios = scenarios;
	}

	/** Saves the demo scenarios as the signed-in demo expert, once; the number of scenarios created. */
	@Transactional
	public int load() {
		if (scenarios.all().stream().anyMatch(s -> s.title().equals(RENEWABLES))) {
			return 0;
		}
		Scenario first = scenarios.create(new ScenarioEdit(RENEWABLES,
				"Illustrative assumption for the demonstration, not a forecast: the share of renewable electricity "
						+ "climbs linearly as announced solar and wind plants connect. The series it starts from is "
						+ "generated demo data.",
				null, List.of(new ScenarioEdit.PathEdit("CLI.RENEW.ELEC", "UZB", "LEVEL", "2027=12; 2030=25"))));
		scenarios.update(first.id(), new ScenarioEdit(RENEWABLES,
				"Illustrative assumption for the demonstration, not a forecast: the share of renewable electricity "
						+ "climbs as announced solar and wind plants connect, faster once grid storage is in place "
						+ "(second version: storage brought forward). The series it starts from is generated demo data.",
				first.version(),
				List.of(new ScenarioEdit.PathEdit("CLI.RENEW.ELEC", "UZB", "LEVEL", "2027=15; 2030=35"))));
		scenarios.create(new ScenarioEdit(CORRIDOR,
				"Illustrative assumption for the demonstration, not a forecast or an official target: cargo on the "
						+ "Trans-Caspian International Transport Route doubles between 2024 and 2027, about 26% a year, "
						+ "then grows 5% a year as port and rail capacity fill up. It starts from the reported 2024 "
						+ "volume (4.5 million tonnes).",
				null, List.of(new ScenarioEdit.PathEdit("OTS.TITR.CARGO", "OTS", "GROWTH_RATE", "2027=26; 2030=5"))));
		return 2;
	}
}
