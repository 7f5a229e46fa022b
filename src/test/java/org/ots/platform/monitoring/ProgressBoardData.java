package org.ots.platform.monitoring;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fresh transport indicators with series of known progress, for the scoreboard, profile, comparison and explanation
 * tests. The values are written directly and their progress computed at once by the real measure, so that the
 * tests wait for nothing and no other test's data touch their cells.
 */
@Component
class ProgressBoardData {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final JdbcClient jdbc;
	private final ProgressMonitor monitor;

	ProgressBoardData(JdbcClient jdbc, ProgressMonitor monitor) {
		this.jdbc = jdbc;
		this.monitor = monitor;
	}

	/**
	 * A transport indicator (increase desired, no limit, no target) where, from 2015 to 2020, Kazakhstan is on track
	 * (10 to 12), Azerbaijan deteriorates (20 to 19), Türkiye progresses moderately (10 to 10.3), Kyrgyzstan a little
	 * (10 to 10.1), Uzbekistan has one value only, and the OTS aggregate is on track (50 to 60).
	 */
	String indicatorWithEveryStatus() {
		String code = indicator("Rail board test " + SEQUENCE.incrementAndGet());
		series(code, "KAZ", 10, 12);
		series(code, "AZE", 20, 19);
		series(code, "TUR", 10, 10.3);
		series(code, "KGZ", 10, 10.1);
		value(code, "UZB", 2020, 5);
		series(code, "OTS", 50, 60);
		for (String state : new String[] { "KAZ", "AZE", "TUR", "KGZ", "UZB", "OTS" }) {
			monitor.recompute(code, state);
		}
		return code;
	}

	String indicator(String name) {
		String code = "T.BOARD." + SEQUENCE.incrementAndGet() + "." + Long.toString(System.nanoTime() % 46656, 36).toUpperCase();
		jdbc.sql("""
				INSERT INTO indicator (code, area_code, name_en, name_ru, name_tr, definition_en, unit, decimals, periodicity,
				  direction, source)
				VALUES (?, 'TRN', ?, ?, ?, 'An indicator whose values only the progress page tests write.', 'km', 1,
				  'ANNUAL', 'INCREASE', 'Test')""")
			.params(code, name, name + " (ru)", name + " (tr)")
			.update();
		return code;
	}

	private void series(String indicator, String state, double in2015, double in2020) {
		value(indicator, state, 2015, in2015);
		value(indicator, state, 2020, in2020);
	}

	void value(String indicator, String state, int year, double value) {
		jdbc.sql("""
				INSERT INTO observation (indicator_code, state_code, period, obs_year, source, obs_value, status, reference,
				  illustrative, changed_by, changed_at, version)
				VALUES (?, ?, ?, ?, 'Board test', ?, 'FINAL', TRUE, FALSE, 'test', CURRENT_TIMESTAMP, 0)""")
			.params(indicator, state, String.valueOf(year), year, value)
			.update();
	}
}
