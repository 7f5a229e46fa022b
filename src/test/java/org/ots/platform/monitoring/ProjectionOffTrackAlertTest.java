package org.ots.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.foresight.TargetOutlook;
import org.ots.platform.indicators.ObservationEdit;
import org.ots.platform.indicators.ObservationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PROJECTION_OFF_TRACK rule reads foresight's stored projection: a series flat far below its 2030 target raises
 * the alert once its projection is stored, and only once, however often it is swept again.
 */
@IntegrationTest
class ProjectionOffTrackAlertTest {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	ObservationService observations;

	@Autowired
	AlertRuleService rules;

	@Autowired
	TargetOutlook targets;

	@Autowired
	AlertSweep sweep;

	@Autowired
	ProgressBoardData data;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	String indicator;

	@BeforeEach
	void freshIndicatorWithATargetAndARule() {
		accounts.ensure();
		indicator = data.indicator("Off track test");
		jdbc.sql("INSERT INTO target (indicator_code, state_code, target_value, target_year, origin) VALUES (?, 'KAZ', 100, 2030, 'Test plan')")
			.param(indicator)
			.update();
		accounts.actAs(TestAccounts.ANALYST);
		rules.create(new AlertRuleEdit("Kazakhstan misses its target", "PROJECTION_OFF_TRACK", indicator, null, "KAZ",
				"CRITICAL", null, null, null, null, null, "true", null));
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	@Test
	void aSeriesProjectedFarBelowItsTargetRaisesTheAlertOnce() {
		// the history as it stood, written without events; then one new value through the service
		for (int year = 2015; year <= 2021; year++) {
			data.value(indicator, "KAZ", year, 20 + (year % 2) * 0.5);
		}
		observations.save(new ObservationEdit(indicator, "KAZ", "2022", "Test", "20", "FINAL", null, null));

		await().atMost(PATIENCE).until(() -> alerts() == 1);
		assertThat(targets.projectedToMeetTarget(indicator, "KAZ")).contains(false);
		assertThat(jdbc.sql("SELECT severity || ' ' || period FROM alert WHERE indicator_code = ?")
			.param(indicator)
			.query(String.class)
			.single()).isEqualTo("CRITICAL 2022");

		TestAccounts.actAsNobody();
		sweep.runOnce("test-instance");
		assertThat(alerts()).isEqualTo(1);
	}

	private long alerts() {
		return jdbc.sql("SELECT COUNT(*) FROM alert WHERE indicator_code = ?").param(indicator).query(Long.class).single();
	}

	@OnPostgres
	static class OnPostgresTest extends ProjectionOffTrackAlertTest {
	}
}
