package org.ots.platform.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.ots.platform.identity.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's review cycles: a completed 2025 cycle of the five members, so that adopted recommendations and their
 * follow-up can be seen, and the 2026 cycle opened in self-assessment, to be run by hand (README).
 * <p>
 * The 2025 cycle cannot be replayed through {@link ReviewCycleService}: its calendar refuses to hold a meeting
 * before its date and the application's clock is already past every 2025 deadline, so each step would have to be
 * back-dated. Its records are therefore written directly, as a finished history, and the insertion is audited as
 * demo content. Every narrative, finding and recommendation is illustrative demo text written for this platform,
 * never a statement of a government or of the OTS. The 2026 cycle goes through the service, as the Secretariat
 * user the caller has signed in.
 */
@Component
public class ReviewsDemoContent {

	static final String ACTOR = "demo-content";
	static final int EARLIER_YEAR = 2025;
	static final int CURRENT_YEAR = 2026;
	static final LocalDate EARLIER_MEETING = LocalDate.of(2025, 11, 20);
	static final String ILLUSTRATIVE = "[Illustrative demo text, not a statement of any government.] ";
	private static final List<String> MEMBERS = List.of("AZE", "KAZ", "KGZ", "TUR", "UZB");
	private static final Map<String, String> NAMES = Map.of("AZE", "Azerbaijan", "KAZ", "Kazakhstan", "KGZ",
			"Kyrgyzstan", "TUR", "Türkiye", "UZB", "Uzbekistan");
	private static final List<CycleStatus> HISTORY = List.of(CycleStatus.PLANNED, CycleStatus.SELF_ASSESSMENT,
			CycleStatus.SUBMITTED, CycleStatus.SECRETARIAT_ANALYSIS, CycleStatus.FACTUAL_CHECK,
			CycleStatus.QUESTIONS_OPEN, CycleStatus.ANSWERS_DUE, CycleStatus.REVIEW_MEETING,
			CycleStatus.CONCLUSIONS_DRAFTING, CycleStatus.ADOPTED, CycleStatus.PUBLISHED, CycleStatus.FOLLOW_UP);

	private final JdbcClient jdbc;
	private final CycleCalendar calendar;
	private final ReviewCycleService cycles;
	private final AuditTrail audit;
	private final Clock clock;

	ReviewsDemoContent(JdbcClient jdbc, CycleCalendar calendar, ReviewCycleService cycles, AuditTrail audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.cycles = cycles;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records both cycles, once: does nothing when the 2025 cycle exists. The caller must be signed in as the
	 * Secretariat, which opens the 2026 cycle.
	 */
	@Transactional
	public void load() {
		if (jdbc.sql("SELECT COUNT(*) FROM review_cycle WHERE cycle_year = ?").param(EARLIER_YEAR).query(Long.class)
			.single() > 0) {
			return;
		}
		long earlier = earlierCycle();
		audit.recordAs(ACTOR, "CREATE", "ReviewCycle", EARLIER_YEAR, null, null,
				Map.of("status", CycleStatus.FOLLOW_UP.name(), "note", "historical demo cycle, inserted directly"));
		for (int i = 0; i < MEMBERS.size(); i++) {
			String state = MEMBERS.get(i);
			assign(earlier, state, MEMBERS.get((i + 1) % MEMBERS.size()));
			assign(earlier, state, MEMBERS.get((i + 2) % MEMBERS.size()));
			nationalReport(earlier, state);
			reviewReport(earlier, state);
			recommendations(earlier, state, i);
		}
		currentCycle();
	}

	private long earlierCycle() {
		jdbc.sql("""
				INSERT INTO review_cycle (cycle_year, status, meeting_date, observer_policy, created_at, adopted_on, version)
				VALUES (?, ?, ?, ?, ?, ?, 0)""")
			.params(EARLIER_YEAR, CycleStatus.FOLLOW_UP.name(), EARLIER_MEETING, ObserverPolicy.READ_ONLY.name(),
					at(2025, 1, 15), EARLIER_MEETING)
			.update();
		long id = jdbc.sql("SELECT id FROM review_cycle WHERE cycle_year = ?").param(EARLIER_YEAR).query(Long.class)
			.single();
		calendar.forMeeting(EARLIER_MEETING).forEach((kind, date) -> jdbc
			.sql("INSERT INTO cycle_deadline (cycle_id, kind, due_date) VALUES (?, ?, ?)")
			.params(id, kind.name(), kind == DeadlineKind.PUBLICATION_DUE ? LocalDate.of(2026, 5, 20) : date)
			.update());
		MEMBERS.forEach(state -> jdbc.sql("INSERT INTO cycle_state (cycle_id, state_code) VALUES (?, ?)")
			.params(id, state)
			.update());
		LocalDate[] dates = { LocalDate.of(2025, 1, 15), LocalDate.of(2025, 6, 2), LocalDate.of(2025, 9, 12),
				LocalDate.of(2025, 9, 15), LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 17),
				LocalDate.of(2025, 11, 7), LocalDate.of(2025, 11, 20), LocalDate.of(2025, 11, 20),
				LocalDate.of(2025, 11, 20), LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 2) };
		for (int i = 0; i < HISTORY.size(); i++) {
			jdbc.sql("""
					INSERT INTO cycle_transition (cycle_id, from_status, to_status, moved_by, moved_at, reason)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(id, i == 0 ? null : HISTORY.get(i - 1).name(), HISTORY.get(i).name(), ACTOR,
						dates[i].atStartOfDay().atOffset(ZoneOffset.UTC), i == 0 ? "Demo history, inserted directly" : null)
				.update();
		}
		jdbc.sql("INSERT INTO cycle_assignment (cycle_id, accepted_by, accepted_at) VALUES (?, ?, ?)")
			.params(id, ACTOR, at(2025, 3, 3))
			.update();
		return id;
	}

	private void assign(long cycle, String reviewed, String examiner) {
		jdbc.sql("INSERT INTO review_assignment (cycle_id, reviewed_state, examiner_state) VALUES (?, ?, ?)")
			.params(cycle, reviewed, examiner)
			.update();
	}

	private void nationalReport(long cycle, String state) {
		jdbc.sql("""
				INSERT INTO national_report (cycle_id, state_code, status, submitted_by, submitted_at, created_at, version)
				VALUES (?, ?, 'SUBMITTED', ?, ?, ?, 1)""")
			.params(cycle, state, ACTOR, at(2025, 9, 10), at(2025, 6, 2))
			.update();
		long report = jdbc.sql("SELECT id FROM national_report WHERE cycle_id = ? AND state_code = ?")
			.params(cycle, state)
			.query(Long.class)
			.single();
		section(report, "TRN", NAMES.get(state) + " reports on its part of the Middle Corridor: border crossings "
				+ "were digitised on the main route and waiting times at the busiest crossing were measured monthly.");
		section(report, "TRD", NAMES.get(state) + " reports that trade with the other member states grew and that "
				+ "a single window for customs declarations is being prepared.");
		section(report, "DIG", NAMES.get(state) + " reports that most public services for companies can be used "
				+ "online and that a mutual recognition of electronic signatures is under discussion.");
	}

	private void section(long report, String area, String narrative) {
		jdbc.sql("""
				INSERT INTO report_section (report_id, area_code, narrative, not_applicable, updated_by, updated_at)
				VALUES (?, ?, ?, FALSE, ?, ?)""")
			.params(report, area, ILLUSTRATIVE + narrative, ACTOR, at(2025, 9, 1))
			.update();
	}

	private void reviewReport(long cycle, String state) {
		jdbc.sql("""
				INSERT INTO review_report (cycle_id, state_code, meeting_date, meeting_participants, chair_conclusions)
				VALUES (?, ?, ?, ?, ?)""")
			.params(cycle, state, EARLIER_MEETING, "Delegations of the five member states; OTS Secretariat (demo)",
					ILLUSTRATIVE + "The Council welcomed the progress reported by " + NAMES.get(state)
							+ " on transport facilitation and asked for measured waiting times at border crossings in the next report.")
			.update();
		long report = jdbc.sql("SELECT id FROM review_report WHERE cycle_id = ? AND state_code = ?")
			.params(cycle, state)
			.query(Long.class)
			.single();
		finding(report, "TRN", Assessment.PARTLY,
				"Crossings were digitised, but the waiting times are reported for one crossing only.");
		finding(report, "TRD", Assessment.ON_TRACK, "Trade with the member states grew; the single window is planned.");
		finding(report, "DIG", Assessment.PARTLY, "Online services exist; cross-border recognition is not yet agreed.");
	}

	private void finding(long report, String area, Assessment assessment, String text) {
		jdbc.sql("INSERT INTO review_finding (report_id, area_code, assessment, finding) VALUES (?, ?, ?, ?)")
			.params(report, area, assessment.name(), ILLUSTRATIVE + text)
			.update();
	}

	/** Two per state; follow-up differs between states so that the board shows several stages. */
	private void recommendations(long cycle, String state, int index) {
		long transport = recommendation(cycle, state, "TRN", Priority.HIGH, RecommendationStatus.AGREED,
				"Publish monthly waiting times at every border crossing on the Middle Corridor route.");
		long digital = recommendation(cycle, state, "DIG", Priority.MEDIUM, RecommendationStatus.NOTED,
				"Take part in the work on mutual recognition of electronic signatures between the member states.");
		if (index % 2 == 0) {
			followUp(transport, RecommendationStatus.AGREED, RecommendationStatus.ACTION_PLANNED, 2026, 2, 16,
					"Action plan adopted by the transport ministry (illustrative).");
		}
		if (index == 0) {
			followUp(transport, RecommendationStatus.ACTION_PLANNED, RecommendationStatus.IN_PROGRESS, 2026, 5, 4,
					"Waiting times published for two of four crossings (illustrative).");
		}
		if (index == 1) {
			followUp(digital, RecommendationStatus.NOTED, RecommendationStatus.IN_PROGRESS, 2026, 4, 1,
					"Joined the working group on electronic signatures (illustrative).");
		}
	}

	private long recommendation(long cycle, String state, String area, Priority priority, RecommendationStatus status,
			String body) {
		String code = Recommendation.code(state, EARLIER_YEAR, area, 1);
		jdbc.sql("""
				INSERT INTO recommendation (code, cycle_id, cycle_year, state_code, area_code, sequence_no, priority,
				    indicators, due_date, body, status, version)
				VALUES (?, ?, ?, ?, ?, 1, ?, '', ?, ?, ?, 0)""")
			.params(code, cycle, EARLIER_YEAR, state, area, priority.name(), LocalDate.of(2027, 6, 30),
					ILLUSTRATIVE + body, status.name())
			.update();
		long id = jdbc.sql("SELECT id FROM recommendation WHERE code = ?").param(code).query(Long.class).single();
		event(id, RecommendationStatus.DRAFT, status, Asserter.SECRETARIAT, "Adopted at the review meeting (demo).",
				EARLIER_MEETING.atStartOfDay().atOffset(ZoneOffset.UTC));
		return id;
	}

	private void followUp(long id, RecommendationStatus from, RecommendationStatus to, int year, int month, int day,
			String evidence) {
		jdbc.sql("UPDATE recommendation SET status = ?, version = version + 1 WHERE id = ?").params(to.name(), id).update();
		event(id, from, to, Asserter.STATE, evidence, at(year, month, day));
	}

	private void event(long id, RecommendationStatus from, RecommendationStatus to, Asserter as, String evidence,
			OffsetDateTime when) {
		jdbc.sql("""
				INSERT INTO recommendation_event (recommendation_id, from_status, to_status, asserted_as, asserted_by,
				    evidence, period_code, occurred_at)
				VALUES (?, ?, ?, ?, ?, ?, NULL, ?)""")
			.params(id, from.name(), to.name(), as.name(), ACTOR, evidence, when)
			.update();
	}

	/** Opened and moved to self-assessment through the service, with its meeting far enough ahead to be run. */
	private void currentCycle() {
		if (jdbc.sql("SELECT COUNT(*) FROM review_cycle WHERE cycle_year = ?").param(CURRENT_YEAR).query(Long.class)
			.single() > 0) {
			return;
		}
		LocalDate meeting = LocalDate.now(clock).plusWeeks(14);
		ReviewCycle cycle = cycles.open(CURRENT_YEAR, meeting, null, ObserverPolicy.READ_ONLY);
		cycles.advance(cycle.id());
	}

	private static OffsetDateTime at(int year, int month, int day) {
		return LocalDate.of(year, month, day).atStartOfDay().atOffset(ZoneOffset.UTC);
	}
}
