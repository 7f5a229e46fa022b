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
import org.ots.platform.indicators.ObservationEdit;
import org.ots.platform.indicators.ObservationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A DETERIORATION rule reads the stored progress: it fires once the recomputed status of an edited series is
 * deterioration, once only, however often the same data are assessed or swept again.
 */
@IntegrationTest
class DeteriorationAlertTest {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	ObservationService observations;

	@Autowired
	AlertRuleService rules;

	@Autowired
	ProgressMonitor monitor;

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
	void freshIndicatorAndRule() {
		accounts.ensure();
		indicator = data.indicator("Deterioration test");
		accounts.actAs(TestAccounts.ANALYST);
		rules.create(new AlertRuleEdit("Kazakhstan deteriorates", "DETERIORATION", indicator, null, "KAZ", "WARNING",
				null, null, null, null, null, "true", null));
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	@Test
	void aSeriesMovingToDeteriorationRaisesTheAlertOnce() {
		save("2015", "20");
		save("2020", "22");
		await().atMost(PATIENCE).until(() -> monitor.find(indicator, "KAZ").filter(a -> a.currentValue() == 22).isPresent());
		assertThat(monitor.find(indicator, "KAZ").orElseThrow().status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
		assertThat(alerts()).isZero();

		save("2021", "15");
		await().atMost(PATIENCE).until(() -> alerts() == 1);
		assertThat(monitor.find(indicator, "KAZ").orElseThrow().status()).isEqualTo(ProgressStatus.DETERIORATION);
		assertThat(jdbc.sql("SELECT period FROM alert WHERE indicator_code = ?").param(indicator).query(String.class).single())
			.isEqualTo("2021");

		monitor.recompute(indicator, "KAZ");
		TestAccounts.actAsNobody();
		sweep.runOnce("test-instance");
		assertThat(alerts()).isEqualTo(1);
	}

	private void save(String period, String value) {
		observations.save(new ObservationEdit(indicator, "KAZ", period, "Test", value, "FINAL", null, null));
	}

	private long alerts() {
		return jdbc.sql("SELECT COUNT(*) FROM alert WHERE indicator_code = ?").param(indicator).query(Long.class).single();
	}

	@OnPostgres
	static class OnPostgresTest extends DeteriorationAlertTest {
	}
}
