package org.ots.platform.foresight;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Scenarios as other modules see them (analytical products cite them): which exist, and a given version by its
 * link. Read-only; a version, once saved, never changes, so a citation of it stays true.
 */
@Service
public class ScenarioCatalog {

	private final Scenarios scenarios;

	ScenarioCatalog(Scenarios scenarios) {
		this.scenarios = scenarios;
	}

	/** @param withdrawn whether the scenario has been withdrawn since (the version stays readable) */
	public record ScenarioSummary(long id, int version, String title, String author, Instant savedAt,
			boolean withdrawn) {

		/** The address of this version, which keeps showing it when newer versions are saved. */
		public String link() {
			return "/scenarios/" + id + "/versions/" + version;
		}
	}

	/** The current version of every scenario not withdrawn, the latest saved first. */
	public List<ScenarioSummary> current() {
		return scenarios.current().stream().filter(s -> !s.isWithdrawn()).map(ScenarioCatalog::summary).toList();
	}

	public Optional<ScenarioSummary> find(long id, int version) {
		return scenarios.header(id, version).map(ScenarioCatalog::summary);
	}

	private static ScenarioSummary summary(Scenario s) {
		return new ScenarioSummary(s.id(), s.version(), s.title(), s.author(), s.savedAt(), s.isWithdrawn());
	}
}
