package org.ots.platform.reviews;

import org.ots.platform.identity.CurrentUser;
import org.ots.platform.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees and writes a national report. Drafts (and returned reports being reworked) are seen only by the
 * state's own coordinators and the Secretariat; the examiners and experts assigned to the state in that cycle see
 * it once submitted; everyone sees it once the cycle has published its results.
 */
@Component
class ReportAccess {

	private final Assignments assignments;

	ReportAccess(Assignments assignments) {
		this.assignments = assignments;
	}

	boolean seesDrafts(CurrentUser user, String state) {
		return user.isSecretariat() || user.role() == Role.NATIONAL_COORDINATOR && state.equalsIgnoreCase(user.stateCode());
	}

	boolean mayRead(CurrentUser user, ReviewCycle cycle, NationalReport report) {
		if (seesDrafts(user, report.stateCode())) {
			return true;
		}
		if (report.status() != ReportStatus.SUBMITTED) {
			return false;
		}
		return cycle.status().hasReached(CycleStatus.PUBLISHED)
				|| assignments.examines(user, cycle.id(), report.stateCode());
	}

	void checkRead(CurrentUser user, ReviewCycle cycle, NationalReport report) {
		if (!mayRead(user, cycle, report)) {
			throw new AccessDeniedException(report.status() == ReportStatus.SUBMITTED
					? "This report is shown to the examiners assigned to " + report.stateCode()
							+ " in this cycle, and to everyone once the results are published."
					: "A report in progress is shown only to its state's coordinators and the Secretariat.");
		}
	}

	/** The state's own coordinators write its report; the Secretariat may help. */
	void checkWrite(CurrentUser user, String state) {
		if (!seesDrafts(user, state)) {
			throw new AccessDeniedException("Only the coordinators of " + state + " and the Secretariat write its report.");
		}
	}
}
