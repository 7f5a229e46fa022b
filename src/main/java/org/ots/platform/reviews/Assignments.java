package org.ots.platform.reviews;

import java.util.List;

import org.ots.platform.identity.CurrentUser;
import org.ots.platform.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who examines whom in each cycle, as the rest of the review reads it: an examiner sees a state's report and
 * thread only in cycles where its own state is assigned to examine that state.
 */
@Repository
public class Assignments {

	private final JdbcClient jdbc;

	Assignments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The examiner states assigned to a reviewed state in a cycle. */
	public List<String> examinerStates(long cycleId, String reviewedState) {
		return jdbc.sql("SELECT examiner_state FROM review_assignment WHERE cycle_id = ? AND reviewed_state = ?"
				+ " AND examiner_state IS NOT NULL ORDER BY examiner_state")
			.params(cycleId, reviewedState)
			.query(String.class)
			.list();
	}

	/** The expert institutions assigned to a reviewed state in a cycle. */
	public List<Long> institutions(long cycleId, String reviewedState) {
		return jdbc.sql("SELECT institution_id FROM review_assignment WHERE cycle_id = ? AND reviewed_state = ?"
				+ " AND institution_id IS NOT NULL ORDER BY institution_id")
			.params(cycleId, reviewedState)
			.query(Long.class)
			.list();
	}

	/** Whether this user examines the reviewed state in the cycle: as an examiner of an assigned state, or as an
	 * expert of an assigned institution. */
	public boolean examines(CurrentUser user, long cycleId, String reviewedState) {
		if (user.role() == Role.EXAMINER && user.stateCode() != null) {
			return examinerStates(cycleId, reviewedState).contains(user.stateCode());
		}
		if (user.role() == Role.EXPERT && user.institutionId() != null) {
			return institutions(cycleId, reviewedState).contains(user.institutionId());
		}
		return false;
	}
}
