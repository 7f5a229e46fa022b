package org.ots.platform;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.ots.platform.reviews.ReviewFixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review analysis, questions and recommendations of the authorisation walk: one cycle per status (reviewing
 * Kazakhstan, examined by Türkiye), and fresh questions and recommendations for each call.
 */
class ReviewWalkFixtures {

	/** Years 2780-2799 of the questions part's range. */
	private static final AtomicInteger YEARS = new AtomicInteger(2780);

	private final JdbcClient jdbc;
	private final ReviewFixtures fixtures;
	private final Map<String, Long> cycles = new HashMap<>();

	ReviewWalkFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.fixtures = new ReviewFixtures(jdbc, YEARS);
	}

	long cycle(String status) {
		return cycles.computeIfAbsent(status, s -> {
			long id = fixtures.cycle(s);
			fixtures.assign(id, "KAZ", "TUR");
			return id;
		});
	}

	String published() {
		return fixtures.recommendation(cycle("PUBLISHED"), "KAZ", "AGREED", LocalDate.of(2030, 12, 31));
	}

	String draftAtMeeting() {
		return fixtures.recommendation(cycle("REVIEW_MEETING"), "KAZ", "DRAFT", null);
	}

	long question() {
		return question("QUESTIONS_OPEN");
	}

	/** A question in a cycle of the status (one where the walk's askers have not asked, to read it). */
	long question(String status) {
		return fixtures.lateQuestion(cycle(status), "KAZ");
	}

	String meetingVersion() {
		return String.valueOf(jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM review_report WHERE cycle_id = ?")
			.param(cycle("REVIEW_MEETING"))
			.query(Integer.class)
			.single());
	}

	/** The version of the walk's finding on transport, or empty before the first one. */
	String findingVersion() {
		return jdbc.sql("""
				SELECT f.version FROM review_finding f JOIN review_report r ON r.id = f.report_id
				WHERE r.cycle_id = ? AND r.state_code = 'KAZ' AND f.area_code = 'TRN'""")
			.param(cycle("SECRETARIAT_ANALYSIS"))
			.query(Integer.class)
			.optional()
			.map(String::valueOf)
			.orElse("");
	}
}
