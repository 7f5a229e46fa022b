package org.ots.platform.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cycles standing in a given status, written straight to the database, so that tests of the analysis, the questions
 * and the recommendations need not walk a cycle through all its earlier steps. Years come from a range of their own.
 */
public class ReviewFixtures {

	private static final List<String> MEMBERS = List.of("AZE", "KAZ", "KGZ", "TUR", "UZB");

	private final JdbcClient jdbc;
	private final AtomicInteger years;

	public ReviewFixtures(JdbcClient jdbc, AtomicInteger years) {
		this.jdbc = jdbc;
		this.years = years;
	}

	/** A cycle reviewing the members, in the status, with question and answer deadlines well ahead. */
	public long cycle(String status) {
		return cycle(status, LocalDate.now().plusDays(30), LocalDate.now().plusDays(40));
	}

	public long cycle(String status, LocalDate questionsDue, LocalDate answersDue) {
		int year = years.incrementAndGet();
		jdbc.sql("""
				INSERT INTO review_cycle (cycle_year, status, meeting_date, observer_policy, created_at, version)
				VALUES (?, ?, ?, 'READ_ONLY', CURRENT_TIMESTAMP, 0)""")
			.params(year, status, LocalDate.now().plusDays(50))
			.update();
		long id = jdbc.sql("SELECT id FROM review_cycle WHERE cycle_year = ?").param(year).query(Long.class).single();
		MEMBERS.forEach(state -> jdbc.sql("INSERT INTO cycle_state (cycle_id, state_code) VALUES (?, ?)")
			.params(id, state)
			.update());
		deadline(id, "QUESTIONS_DUE", questionsDue);
		deadline(id, "ANSWERS_DUE", answersDue);
		return id;
	}

	/** An examiner state assigned to a reviewed state. */
	public void assign(long cycleId, String reviewed, String examiner) {
		jdbc.sql("INSERT INTO review_assignment (cycle_id, reviewed_state, examiner_state) VALUES (?, ?, ?)")
			.params(cycleId, reviewed, examiner)
			.update();
	}

	public void status(long cycleId, String status) {
		jdbc.sql("UPDATE review_cycle SET status = ? WHERE id = ?").params(status, cycleId).update();
	}

	/** A recommendation to the state in the cycle's year, in the status, and its code. */
	public String recommendation(long cycleId, String state, String status, LocalDate due) {
		int year = jdbc.sql("SELECT cycle_year FROM review_cycle WHERE id = ?").param(cycleId).query(Integer.class).single();
		int sequence = jdbc.sql("SELECT COALESCE(MAX(sequence_no), 0) + 1 FROM recommendation WHERE state_code = ? AND cycle_year = ? AND area_code = 'TRN'")
			.params(state, year)
			.query(Integer.class)
			.single();
		String code = Recommendation.code(state, year, "TRN", sequence);
		jdbc.sql("""
				INSERT INTO recommendation (code, cycle_id, cycle_year, state_code, area_code, sequence_no, priority, indicators,
				  due_date, body, status, version) VALUES (?, ?, ?, ?, 'TRN', ?, 'HIGH', '', ?, 'Open the corridor.', ?, 0)""")
			.params(code, cycleId, year, state, sequence, due, status)
			.update();
		return code;
	}

	/** A question to the state that was asked late. */
	public long lateQuestion(long cycleId, String state) {
		jdbc.sql("""
				INSERT INTO written_question (cycle_id, reviewed_state, area_code, asked_by, asker_state, question, asked_at, asked_late)
				VALUES (?, ?, 'TRN', 'fixture', 'AZE', 'Why?', CURRENT_TIMESTAMP, TRUE)""")
			.params(cycleId, state)
			.update();
		return jdbc.sql("SELECT MAX(id) FROM written_question WHERE cycle_id = ?").param(cycleId).query(Long.class).single();
	}

	private void deadline(long id, String kind, LocalDate date) {
		jdbc.sql("INSERT INTO cycle_deadline (cycle_id, kind, due_date) VALUES (?, ?, ?)").params(id, kind, date).update();
	}
}
