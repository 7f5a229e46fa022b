package org.ots.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.ApiClient;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.indicators.IndicatorFramework;
import org.ots.platform.indicators.ObservationEdit;
import org.ots.platform.indicators.ObservationService;
import org.ots.platform.indicators.TargetData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Stored progress follows the data: an edit through the indicators module recomputes the edited series and no
 * other, a new target the series of its indicator; a start-up finds missing or outdated results and recomputes them; the JSON API serves them publicly.
 */
@IntegrationTest
class ProgressRecomputationTest {

	/** Renewable share of final energy: increase desired, limits 0 and 100; no other test uses it. */
	private static final String INDICATOR = "EG.FEC.RNEW.ZS";
	private static final String SOURCE = "Progress test source";
	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	ObservationService observations;

	@Autowired
	ProgressMonitor monitor;

	@Autowired
	IndicatorFramework framework;

	@Autowired
	ProgressRecomputation recomputation;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@BeforeEach
	void startWithoutValues() {
		accounts.actAs(TestAccounts.ADMIN);
		jdbc.sql("DELETE FROM observation WHERE indicator_code = ?").param(INDICATOR).update();
		jdbc.sql("DELETE FROM target WHERE indicator_code = ?").param(INDICATOR).update();
		jdbc.sql("DELETE FROM progress_assessment WHERE indicator_code = ?").param(INDICATOR).update();
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	@Test
	void anEditRecomputesExactlyTheEditedSeries() {
		save("KAZ", "2015", "10");
		save("KAZ", "2020", "12");
		save("AZE", "2015", "20");
		save("AZE", "2020", "19");
		await().atMost(PATIENCE).until(() -> stored("KAZ").filter(a -> a.currentValue() == 12).isPresent()
				&& stored("AZE").filter(a -> a.currentValue() == 19).isPresent());
		ProgressAssessment azerbaijan = stored("AZE").orElseThrow();
		assertThat(stored("KAZ").orElseThrow().status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
		assertThat(azerbaijan.status()).isEqualTo(ProgressStatus.DETERIORATION);

		int version = jdbc.sql("SELECT version FROM observation WHERE indicator_code = ? AND state_code = 'KAZ' AND period = '2020'")
			.param(INDICATOR).query(Integer.class).single();
		observations.save(new ObservationEdit(INDICATOR, "KAZ", "2020", SOURCE, "9", "FINAL", null, version));

		await().atMost(PATIENCE).until(() -> stored("KAZ").filter(a -> a.currentValue() == 9).isPresent());
		ProgressAssessment kazakhstan = stored("KAZ").orElseThrow();
		assertThat(kazakhstan.status()).isEqualTo(ProgressStatus.DETERIORATION);
		assertThat(kazakhstan.explanation()).contains("CAGR = (yt/y0)^(1/(t - t0)) - 1 = (9/10)^(1/5) - 1 = -2.08516%.");
		assertThat(stored("AZE").orElseThrow().computedAt()).isEqualTo(azerbaijan.computedAt());
	}

	@Test
	void aStateTargetIsMeasuredAgainst() {
		jdbc.sql("INSERT INTO target (indicator_code, state_code, target_value, target_year, origin) VALUES (?, NULL, 50, 2030, 'All')")
			.param(INDICATOR).update();
		jdbc.sql("INSERT INTO target (indicator_code, state_code, target_value, target_year, origin) VALUES (?, 'KAZ', 11, 2030, 'Own')")
			.param(INDICATOR).update();
		save("KAZ", "2015", "10");
		save("KAZ", "2020", "12");

		await().atMost(PATIENCE).until(() -> stored("KAZ").filter(a -> a.currentValue() == 12).isPresent());
		ProgressAssessment a = stored("KAZ").orElseThrow();
		assertThat(a.method()).isEqualTo("TARGET");
		assertThat(a.targetValue()).isEqualTo(11.0);
		assertThat(a.status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
	}

	@Test
	void aTargetSetLaterReassessesTheIndicatorsSeries() {
		save("KGZ", "2015", "10");
		save("KGZ", "2020", "12");
		await().atMost(PATIENCE).until(() -> stored("KGZ").filter(a -> a.currentValue() == 12).isPresent());
		assertThat(stored("KGZ").orElseThrow().method()).isEqualTo("NO_TARGET");

		framework.addTarget(INDICATOR, new TargetData(null, INDICATOR, "KGZ", 20.0, 2030, "Test plan", null, null));

		await().atMost(PATIENCE).until(() -> stored("KGZ").filter(a -> "TARGET".equals(a.method())).isPresent());
		assertThat(stored("KGZ").orElseThrow().targetValue()).isEqualTo(20.0);
	}

	@Test
	void removingTheLastValueRemovesTheAssessment() {
		long id = save("UZB", "2016", "30");
		await().atMost(PATIENCE).until(() -> stored("UZB").isPresent());
		assertThat(stored("UZB").orElseThrow().status()).isEqualTo(ProgressStatus.UNABLE_TO_ASSESS);

		observations.delete(id, 0);

		await().atMost(PATIENCE).until(() -> stored("UZB").isEmpty());
	}

	@Test
	void startUpComputesMissingResultsAndThoseOfOtherSettings() {
		// values written without an event, as a database restored from a backup would hold them
		insertQuietly("KGZ", 2015, 40);
		insertQuietly("KGZ", 2021, 44);
		jdbc.sql("DELETE FROM progress_assessment").update();

		recomputation.run(null);

		assertThat(stored("KGZ")).get().extracting(ProgressAssessment::currentValue).isEqualTo(44.0);
		jdbc.sql("UPDATE progress_assessment SET configuration = 'an older method', computed_at = ?")
			.param(Instant.parse("2020-01-01T00:00:00Z").atOffset(java.time.ZoneOffset.UTC)).update();

		recomputation.run(null);

		assertThat(stored("KGZ").orElseThrow().configuration()).isEqualTo(ProgressSettings.openSdg().fingerprint());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM progress_assessment WHERE configuration = 'an older method'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void anyoneReadsASeriesWithItsExplanation() {
		save("TUR", "2015", "10");
		save("TUR", "2020", "12");
		await().atMost(PATIENCE).until(() -> stored("TUR").filter(a -> a.currentValue() == 12).isPresent());
		ApiClient anonymous = ApiClient.anonymous(port);

		JsonNode one = anonymous.get("/api/v1/progress/" + INDICATOR + "/TUR").json();
		assertThat(one.get("status").asString()).isEqualTo("SUBSTANTIAL_PROGRESS");
		assertThat(one.get("baseValue").asDouble()).isEqualTo(10.0);
		assertThat(one.get("explanation").toString()).contains("(12/10)^(1/5) - 1 = 3.71373%");

		JsonNode list = anonymous.get("/api/v1/progress?area=CLI&state=tur").json();
		assertThat(list.valueStream().map(n -> n.get("indicator").asString())).contains(INDICATOR);
		assertThat(list.valueStream().map(n -> n.get("state").asString())).containsOnly("TUR");
	}

	@Test
	void unknownSeriesAndFiltersAreNotFound() {
		ApiClient anonymous = ApiClient.anonymous(port);

		ApiClient.Response noData = anonymous.get("/api/v1/progress/" + INDICATOR + "/HUN");
		assertThat(noData.status()).isEqualTo(404);
		assertThat(noData.json().get("detail").asString()).contains(INDICATOR + "|HUN");
		assertThat(anonymous.get("/api/v1/progress/NO.SUCH.CODE/KAZ").status()).isEqualTo(404);
		assertThat(anonymous.get("/api/v1/progress/" + INDICATOR + "/XXX").status()).isEqualTo(404);
		assertThat(anonymous.get("/api/v1/progress?indicator=NO.SUCH.CODE").status()).isEqualTo(404);
		assertThat(anonymous.get("/api/v1/progress?area=NOPE").status()).isEqualTo(404);
	}

	@Test
	void theProgressApiWritesNothing() {
		ApiClient admin = ApiClient.as(port, TestAccounts.ADMIN);

		assertThat(admin.post("/api/v1/progress", java.util.Map.of()).status()).isEqualTo(405);
	}

	private long save(String state, String period, String value) {
		return observations.save(new ObservationEdit(INDICATOR, state, period, SOURCE, value, "FINAL", null, null))
			.observation().id();
	}

	private void insertQuietly(String state, int year, double value) {
		jdbc.sql("""
				INSERT INTO observation (indicator_code, state_code, period, obs_year, source, obs_value, status, reference,
				  illustrative, changed_by, changed_at, version)
				VALUES (?, ?, ?, ?, ?, ?, 'FINAL', TRUE, FALSE, 'test', CURRENT_TIMESTAMP, 0)""")
			.params(INDICATOR, state, Integer.toString(year), year, SOURCE, value)
			.update();
	}

	private Optional<ProgressAssessment> stored(String state) {
		return monitor.find(INDICATOR, state);
	}

	@OnPostgres
	static class OnPostgresTest extends ProgressRecomputationTest {
	}
}
