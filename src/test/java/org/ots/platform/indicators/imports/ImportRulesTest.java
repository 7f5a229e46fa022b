package org.ots.platform.indicators.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.identity.Role;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Imports update what changed (keeping history), respect who may write which state, and remember mappings. */
@IntegrationTest
class ImportRulesTest {

	@LocalServerPort
	int port;

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	Uploads uploads;
	String source;

	@BeforeEach
	void setUp() {
		accounts.ensure();
		uploads = new Uploads(port, jobs);
		source = "Rules test " + UUID.randomUUID();
	}

	@Test
	void reimportingTheSameFileChangesNothing() {
		String file = tidy("KGZ,2019,6.5", "KGZ,2020,6.6");
		ImportJob first = uploads.run(TestAccounts.ANALYST, "a.csv", file, null);
		ImportJob again = uploads.run(TestAccounts.ANALYST, "a.csv", file, null);
		assertThat(first.insertedRows()).isEqualTo(2);
		assertThat(again.status()).isEqualTo(ImportJob.Status.DONE);
		assertThat(again.insertedRows()).isZero();
		assertThat(again.updatedRows()).isZero();
		assertThat(again.unchangedRows()).isEqualTo(2);
	}

	@Test
	void aChangedValueIsUpdatedAndItsEarlierVersionKeptInTheHistory() {
		uploads.run(TestAccounts.ANALYST, "a.csv", tidy("KGZ,2019,6.5", "KGZ,2020,6.6"), null);
		ImportJob job = uploads.run(TestAccounts.ANALYST, "b.csv", tidy("KGZ,2019,6.5", "KGZ,2020,7.0"), null);
		assertThat(job.updatedRows()).isEqualTo(1);
		assertThat(job.unchangedRows()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT obs_value FROM observation WHERE source = ? AND period = '2020'").param(source)
			.query(Double.class).single()).isEqualTo(7.0);
		assertThat(jdbc.sql("SELECT version FROM observation WHERE source = ? AND period = '2020'").param(source)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT obs_value, change_kind FROM observation_history WHERE source = ?").param(source)
			.query((rs, n) -> rs.getDouble(1) + " " + rs.getString(2)).list()).containsExactly("6.6 IMPORT");
	}

	@Test
	void aSecondSourceStandsBesideTheFirstWhichStaysTheReference() {
		// No shared file has border crossing times, so these are the first values of their key.
		uploads.run(TestAccounts.ANALYST, "a.csv", "indicator,state,period,value,source\nTRN.BORDER.HOURS,UZB,2018,3.0,"
				+ source + "\n", null);
		String other = source + " (other)";
		uploads.run(TestAccounts.ANALYST, "b.csv", "indicator,state,period,value,source\nTRN.BORDER.HOURS,UZB,2018,3.5,"
				+ other + "\n", null);
		assertThat(jdbc.sql("SELECT source, reference FROM observation WHERE source IN (?, ?) ORDER BY source")
			.params(source, other)
			.query((rs, n) -> rs.getBoolean(2))
			.list()).containsExactly(true, false);
	}

	@Test
	void writesOneAuditEntryPerImport() {
		ImportJob job = uploads.run(TestAccounts.ANALYST, "audited.csv", tidy("TKM,2015,1", "TKM,2016,2"), null);
		assertThat(jdbc.sql("SELECT actor, after_value FROM audit_entry WHERE action = 'IMPORT' AND entity_type = 'ImportJob'"
				+ " AND entity_id = ?").param(Long.toString(job.id())).query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
			.list()).singleElement().satisfies(entry -> assertThat(entry).startsWith(TestAccounts.ANALYST)
				.contains("audited.csv").contains("\"inserted\":2"));
	}

	@Test
	void aCoordinatorImportsOnlyItsOwnStatesRows() {
		ImportJob refused = uploads.run(TestAccounts.COORDINATOR_AZE, "kaz.csv", tidy("AZE,2019,1", "KAZ,2019,2"), null);
		assertThat(refused.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(refused.errors()).singleElement()
			.satisfies(e -> assertThat(e.message()).isEqualTo("you may not write data for KAZ"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM observation WHERE source = ?").param(source).query(Long.class).single())
			.isZero();
		ImportJob own = uploads.run(TestAccounts.COORDINATOR_AZE, "aze.csv", tidy("AZE,2019,1"), null);
		assertThat(own.status()).isEqualTo(ImportJob.Status.DONE);
	}

	@Test
	void examinersAndAnonymousCannotImportOrSeeImports() {
		byte[] file = tidy("TUR,2019,1").getBytes(StandardCharsets.UTF_8);
		assertThat(uploads.post(TestAccounts.EXAMINER, "x.csv", file, Map.of()).statusCode()).isEqualTo(403);
		ImportJob job = uploads.run(TestAccounts.ANALYST, "y.csv", tidy("TUR,2019,1"), null);
		assertThat(uploads.get(null, "/api/v1/imports/" + job.id()).statusCode()).isEqualTo(401);
		assertThat(uploads.get(TestAccounts.COORDINATOR_KAZ, "/api/v1/imports/" + job.id()).statusCode()).isEqualTo(403);
		HttpResponse<String> status = uploads.get(TestAccounts.ANALYST, "/api/v1/imports/" + job.id());
		assertThat(status.statusCode()).isEqualTo(200);
		assertThat(status.body()).contains("\"status\":\"DONE\"", "\"insertedRows\":1");
		assertThat(WebSession.signedIn(port, TestAccounts.EXAMINER).get("/import").statusCode()).isEqualTo(403);
	}

	@Test
	void importsSdmxCsvWithItsStatusCodes() {
		String file = "DATAFLOW,REF_AREA,INDICATOR,FREQ,TIME_PERIOD,OBS_VALUE,OBS_STATUS,SOURCE\n"
				+ "OTS:TEST(1.0),HUN,SP.POP.TOTL,A,2021,9700000,P," + source + "\n"
				+ "OTS:TEST(1.0),HUN: Hungary,SP.POP.TOTL,A,2022,9600000,E," + source + "\n";
		ImportJob job = uploads.run(TestAccounts.ADMIN, "sdmx.csv", file, null);
		assertThat(job.status()).as("%s", job.errors()).isEqualTo(ImportJob.Status.DONE);
		assertThat(job.format()).isEqualTo("sdmx-csv");
		assertThat(jdbc.sql("SELECT status FROM observation WHERE source = ? ORDER BY period").param(source)
			.query(String.class).list()).containsExactly("PROVISIONAL", "ESTIMATE");
	}

	@Test
	void anUnknownOwidColumnIsMappedOnceThenTheImportContinues() {
		String title = "Share of people online " + UUID.randomUUID();
		String file = "Entity,Code,Year," + title + "\nKazakhstan,KAZ,2020,85.9\nWorld,OWID_WRL,2020,59.1\n";
		WebSession browser = WebSession.signedIn(port, TestAccounts.ANALYST);
		long id = uploadThroughThePage(browser, file);
		ImportJob waiting = uploads.await(id);
		assertThat(waiting.status()).isEqualTo(ImportJob.Status.NEEDS_MAPPING);
		assertThat(waiting.unmappedCode()).isEqualTo(title);
		String page = browser.get("/import/" + id).body();
		assertThat(page).contains(title).contains("name=\"indicator\"");

		browser.post("/import/" + id + "/mapping", Map.of("indicator", "IT.NET.USER.ZS"));

		ImportJob done = uploads.await(id);
		assertThat(done.status()).as("%s", done.errors()).isEqualTo(ImportJob.Status.DONE);
		assertThat(done.insertedRows()).isEqualTo(1);
		assertThat(done.skippedDetail()).containsEntry("OWID_WRL", 1);
		assertThat(jdbc.sql("SELECT indicator_code FROM indicator_mapping WHERE publisher = 'OWID' AND external_code = ?")
			.param(title).query(String.class).single()).isEqualTo("IT.NET.USER.ZS");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'IndicatorMapping' AND entity_id = ?")
			.param("OWID|" + title).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aJobResumedByTheSecretariatKeepsTheRightsOfItsUploader() {
		String title = "Share of people online " + UUID.randomUUID();
		String file = "Entity,Code,Year," + title + "\nAzerbaijan,AZE,2020,85.9\nKazakhstan,KAZ,2020,90.1\n";
		long id = uploadThroughThePage(WebSession.signedIn(port, TestAccounts.COORDINATOR_AZE), file);
		assertThat(uploads.await(id).status()).isEqualTo(ImportJob.Status.NEEDS_MAPPING);
		WebSession secretariat = WebSession.signedIn(port, TestAccounts.ANALYST);
		secretariat.get("/import/" + id);

		secretariat.post("/import/" + id + "/mapping", Map.of("indicator", "IT.NET.USER.ZS"));

		ImportJob done = uploads.await(id);
		assertThat(done.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(done.errors()).extracting(RowError::message).anySatisfy(m -> assertThat(m).contains("KAZ"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM observation WHERE indicator_code = 'IT.NET.USER.ZS' AND obs_value IN (85.9, 90.1)")
			.query(Long.class).single()).isZero();
	}

	@Test
	void theJobPageShowsTheOutcomeAndHtmxGetsTheFragmentOnly() {
		WebSession browser = WebSession.signedIn(port, TestAccounts.ANALYST);
		long id = uploadThroughThePage(browser, tidy("KAZ,2017,1", "KAZ,2018,2"));
		uploads.await(id);
		String page = browser.get("/import/" + id).body();
		assertThat(page).contains("<html").contains("Imported").contains("New values");
		HttpResponse<String> fragment = browser.send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/import/" + id))
			.header("HX-Request", "true").GET(), false);
		assertThat(fragment.body()).doesNotContain("<html").contains("id=\"job\"").doesNotContain("hx-trigger");
		assertThat(browser.get("/import").body()).contains("/import/" + id);
		assertThat(browser.get("/import/mappings?lang=tr").body()).contains("Yayıncı kodları");
	}

	@Test
	void aRunningJobsFragmentPollsEverySecondWithItsProgress() {
		long id = jobs.create("slow.csv", "tidy", new CurrentUser(TestAccounts.ANALYST, Role.SECRETARIAT_ANALYST, null, null),
				java.time.Instant.now(), null, null);
		jobs.status(id, ImportJob.Status.VALIDATING, "tidy");
		jobs.progress(id, 250, 1000);
		WebSession browser = WebSession.signedIn(port, TestAccounts.ANALYST);
		HttpResponse<String> fragment = browser.send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/import/" + id))
			.header("HX-Request", "true").GET(), false);
		assertThat(fragment.body()).contains("hx-trigger=\"every 1s\"").contains("<progress")
			.contains("value=\"250\"").contains("max=\"1000\"").contains("250 of 1,000 rows");
	}

	private long uploadThroughThePage(WebSession browser, String content) {
		browser.get("/import");
		String boundary = "----ots" + UUID.randomUUID();
		byte[] body = Uploads.multipart(boundary, "page.csv", content.getBytes(StandardCharsets.UTF_8),
				Map.of("_csrf", browser.csrfToken(), "format", "auto", "source", ""));
		HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)), false);
		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private String tidy(String... rows) {
		StringBuilder file = new StringBuilder("indicator,state,period,value,source\n");
		for (String row : rows) {
			file.append("SP.POP.TOTL,").append(row).append(',').append(source).append('\n');
		}
		return file.toString();
	}

	@OnPostgres
	static class OnPostgresTest extends ImportRulesTest {
	}
}
