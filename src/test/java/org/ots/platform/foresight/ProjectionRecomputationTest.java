package org.ots.platform.foresight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.ApiClient;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.indicators.ObservationEdit;
import org.ots.platform.indicators.ObservationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Stored projections follow the data: an edit recomputes the edited series and no other, the same input gives the
 * same projection, the target probability is sensible on a demo-like series, and the pages and the JSON show it
 * all to anyone.
 */
@IntegrationTest
class ProjectionRecomputationTest {

	/** Renewable electricity output, a share: increase desired, limits 0 and 100; no other test uses it. */
	private static final String INDICATOR = "EG.ELC.RNEW.ZS";
	private static final String SOURCE = "Projection test source";
	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	ObservationService observations;

	@Autowired
	ProjectionUpdater updater;

	@Autowired
	ProjectionRecomputation recomputation;

	@Autowired
	TargetOutlook outlook;

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
		jdbc.sql("DELETE FROM series_projection WHERE indicator_code = ?").param(INDICATOR).update();
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	@Test
	void anEditRecomputesExactlyTheEditedSeries() {
		rising("KAZ", 2014, 2021, 30, 2);
		rising("AZE", 2014, 2021, 20, 1);
		updater.recompute(INDICATOR, "KAZ");
		updater.recompute(INDICATOR, "AZE");
		SeriesProjection kazakhstan = stored("KAZ").orElseThrow();
		SeriesProjection azerbaijan = stored("AZE").orElseThrow();

		observations.save(new ObservationEdit(INDICATOR, "KAZ", "2022", SOURCE, "50", "FINAL", null, null));

		await().atMost(PATIENCE).until(() -> stored("KAZ").filter(p -> p.lastYear() == 2022).isPresent());
		SeriesProjection edited = stored("KAZ").orElseThrow();
		assertThat(edited.fingerprint()).isNotEqualTo(kazakhstan.fingerprint());
		assertThat(edited.years()).first().extracting(ProjectedYear::year).isEqualTo(2023);
		assertThat(stored("AZE").orElseThrow().computedAt()).isEqualTo(azerbaijan.computedAt());
	}

	@Test
	void theSameInputAlwaysGivesTheSameProjection() {
		rising("TUR", 2012, 2022, 40, 1.5);
		updater.recompute(INDICATOR, "TUR");
		SeriesProjection first = stored("TUR").orElseThrow();

		updater.recompute(INDICATOR, "TUR");
		SeriesProjection second = stored("TUR").orElseThrow();

		assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
		assertThat(second.fits()).isEqualTo(first.fits());
		assertThat(second.years()).isEqualTo(first.years());
		assertThat(second.years()).extracting(ProjectedYear::year).containsExactly(2023, 2024, 2025, 2026, 2027, 2028,
				2029, 2030);
	}

	@Test
	void theStatesOwnTargetComesFirstAndItsProbabilityIsSensible() {
		target(null, 99);
		target("KAZ", 60);
		// a demo-like share: about two points a year with some noise, 38.3 in 2022
		double[] values = { 22.1, 24.0, 25.2, 27.9, 29.1, 31.6, 33.0, 34.2, 36.8, 38.3 };
		for (int i = 0; i < values.length; i++) {
			insertQuietly("KAZ", 2013 + i, values[i]);
			insertQuietly("AZE", 2013 + i, values[i]);
		}
		updater.recompute(INDICATOR, "KAZ");
		updater.recompute(INDICATOR, "AZE");

		SeriesProjection kazakhstan = stored("KAZ").orElseThrow();
		assertThat(kazakhstan.target().own()).isTrue();
		assertThat(kazakhstan.target().value()).isEqualTo(60.0);
		// 2030 at two points a year from 38.3 is about 54: the own target of 60 is possible but not likely.
		assertThat(kazakhstan.probability()).isBetween(0.05, 0.5);
		assertThat(kazakhstan.year(2030).orElseThrow().point()).isBetween(48.0, 60.0);
		SeriesProjection azerbaijan = stored("AZE").orElseThrow();
		assertThat(azerbaijan.target().own()).isFalse();
		assertThat(azerbaijan.probability()).isLessThan(0.01);
		assertThat(azerbaijan.years()).allSatisfy(y -> assertThat(y.upper95()).isLessThanOrEqualTo(100));

		JsonNode atRisk = ApiClient.anonymous(port).get("/api/v1/targets-at-risk?area=CLI").json();
		assertThat(atRisk.valueStream().filter(n -> n.get("indicator").asString().equals(INDICATOR))
			.map(n -> n.get("state").asString())).containsExactly("AZE", "KAZ");
		assertThat(outlook.projectedToMeetTarget(INDICATOR, "KAZ")).contains(false);
		target("UZB", 30);
		rising("UZB", 2015, 2022, 30, 1);
		updater.recompute(INDICATOR, "UZB");
		assertThat(outlook.projectedToMeetTarget(INDICATOR, "UZB")).contains(true);
		assertThat(outlook.projectedToMeetTarget(INDICATOR, "HUN")).isEmpty();
	}

	@Test
	void theProjectionPageShowsTheFanTheYearsTheTargetAndHowItWasMade() {
		target("KGZ", 45);
		rising("KGZ", 2013, 2022, 30, 1);
		jdbc.sql("UPDATE observation SET illustrative = TRUE WHERE indicator_code = ? AND state_code = 'KGZ'")
			.param(INDICATOR).update();
		updater.recompute(INDICATOR, "KGZ");

		ApiClient.Response page = ApiClient.anonymous(port).get("/projections/" + INDICATOR + "/KGZ");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"projection-chart\"", "data-projection=", "id=\"projection-table\"",
				"<th scope=\"row\">2030</th>", "Probability of meeting the target:", "by 2030,", "Method, parameters and fit",
				"DYNAMIC_OPTIMISED_THETA alpha=", "illustrative demo values");
		String list = ApiClient.anonymous(port).get("/projections?state=KGZ&area=CLI").body();
		assertThat(list).contains("/projections/" + INDICATOR + "/KGZ");
		JsonNode json = ApiClient.anonymous(port).get("/api/v1/projections/" + INDICATOR + "/KGZ").json();
		assertThat(json.get("available").asBoolean()).isTrue();
		assertThat(json.get("projection").get("years").size()).isEqualTo(8);
		assertThat(json.get("projection").get("illustrative").asBoolean()).isTrue();
	}

	@Test
	void aSeriesWithTooFewValuesSaysSoAndUnknownSeriesAreNotFound() {
		insertQuietly("UZB", 2021, 10);
		insertQuietly("UZB", 2022, 11);
		updater.recompute(INDICATOR, "UZB");
		ApiClient anonymous = ApiClient.anonymous(port);

		JsonNode json = anonymous.get("/api/v1/projections/" + INDICATOR + "/UZB").json();
		assertThat(json.get("available").asBoolean()).isFalse();
		assertThat(json.get("message").asString()).contains("2 annual value(s)", "at least 3");
		assertThat(anonymous.get("/projections/" + INDICATOR + "/UZB").body()).contains("id=\"too-few\"",
				"a projection needs at least 3");
		assertThat(anonymous.get("/api/v1/projections/" + INDICATOR + "/HUN").status()).isEqualTo(404);
		assertThat(anonymous.get("/api/v1/projections/NO.SUCH.CODE/KAZ").status()).isEqualTo(404);
		assertThat(anonymous.get("/projections/" + INDICATOR + "/XXX").status()).isEqualTo(404);
		assertThat(anonymous.get("/api/v1/targets-at-risk?area=NOPE").status()).isEqualTo(404);
		assertThat(anonymous.get("/projections?state=XXX").status()).isEqualTo(404);
	}

	@Test
	void startUpProjectsMissingSeriesAndThoseOfOtherSettings() {
		rising("KGZ", 2016, 2022, 10, 1);
		jdbc.sql("DELETE FROM series_projection").update();

		recomputation.run(null);

		assertThat(stored("KGZ")).isPresent();
		jdbc.sql("UPDATE series_projection SET configuration = 'older'").update();

		recomputation.run(null);

		assertThat(stored("KGZ").orElseThrow().configuration()).isEqualTo(ForesightSettings.defaults().fingerprint());
	}

	private void rising(String state, int from, int to, double start, double step) {
		for (int year = from; year <= to; year++) {
			insertQuietly(state, year, start + step * (year - from) + ((year * 7) % 3 - 1) * 0.3);
		}
	}

	private void target(String state, double value) {
		jdbc.sql("INSERT INTO target (indicator_code, state_code, target_value, target_year, origin) VALUES (?, ?, ?, 2030, 'Test plan')")
			.params(INDICATOR, state, value).update();
	}

	/** A value written without an event, as a restored database would hold it. */
	private void insertQuietly(String state, int year, double value) {
		jdbc.sql("""
				INSERT INTO observation (indicator_code, state_code, period, obs_year, source, obs_value, status, reference,
				  illustrative, changed_by, changed_at, version)
				VALUES (?, ?, ?, ?, ?, ?, 'FINAL', TRUE, FALSE, 'test', CURRENT_TIMESTAMP, 0)""")
			.params(INDICATOR, state, Integer.toString(year), year, SOURCE, value)
			.update();
	}

	private Optional<SeriesProjection> stored(String state) {
		return outlook.find(INDICATOR, state);
	}

	@OnPostgres
	static class OnPostgresTest extends ProjectionRecomputationTest {
	}
}
