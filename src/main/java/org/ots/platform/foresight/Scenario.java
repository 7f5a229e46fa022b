package org.ots.platform.foresight;

import java.time.Instant;
import java.util.List;

import org.ots.platform.identity.CurrentUser;
import org.ots.platform.identity.Role;

/**
 * One version of a scenario: its title, the rationale that justifies its assumptions, and its paths. Versions never
 * change once saved; a change is a new version. A withdrawn scenario stays readable (links to it keep working) and
 * says so, but takes no new version.
 *
 * @param latestVersion the newest version of the scenario, to tell a reader of an older one
 */
public record Scenario(long id, int version, int latestVersion, String title, String rationale, String author,
		Instant createdAt, String savedBy, Instant savedAt, Instant withdrawnAt, String withdrawnBy,
		String withdrawnReason, List<ScenarioPath> paths) {

	public Scenario {
		paths = List.copyOf(paths);
	}

	public boolean isWithdrawn() {
		return withdrawnAt != null;
	}

	public boolean isLatest() {
		return version == latestVersion;
	}

	/** Scenarios are written by the Secretariat and by experts of the institutions. */
	static boolean mayWriteScenarios(CurrentUser user) {
		return user.role() != null && (user.role().isSecretariat() || user.role() == Role.EXPERT);
	}

	/** Its author changes it, and the Secretariat, which runs the platform. */
	public boolean mayBeChangedBy(CurrentUser user) {
		return !isWithdrawn() && mayWriteScenarios(user) && (user.isSecretariat() || user.username().equals(author));
	}

	/** What the audit trail keeps of a version. */
	String describe() {
		return "v" + version + " " + title + " [" + String.join("; ", paths.stream().map(ScenarioPath::describe).toList())
				+ "]";
	}
}
