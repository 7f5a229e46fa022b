package org.ots.platform.indicators.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A file with any bad row is rejected whole: nothing is written, and every bad row is named by line and column. */
@IntegrationTest
class RejectedFilesTest {

	static final String HEADER = "indicator,state,period,value,status,source,note\n";
	static final String GOOD = "SP.POP.TOTL,KAZ,2020,18755666,FINAL,Broken files test,\n";

	@LocalServerPort
	int port;

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	Uploads uploads;

	long observationsBefore;

	@BeforeEach
	void setUp() {
		accounts.ensure();
		uploads = new Uploads(port, jobs);
		observationsBefore = observations();
	}

	@Test
	void rejectsAValueThatIsNotANumber() {
		assertRejected(HEADER + GOOD + "SP.POP.TOTL,KAZ,2021,abc,FINAL,Broken files test,\n", 3, "value", "'abc' is not a number");
	}

	@Test
	void rejectsAnUnknownIndicator() {
		assertRejected(HEADER + GOOD + "NO.SUCH.CODE,KAZ,2021,1,FINAL,Broken files test,\n", 3, "indicator",
				"unknown indicator 'NO.SUCH.CODE'");
	}

	@Test
	void rejectsAnUnknownState() {
		assertRejected(HEADER + GOOD + "SP.POP.TOTL,FRA,2021,1,FINAL,Broken files test,\n", 3, "state", "unknown state 'FRA'");
	}

	@Test
	void rejectsAKeyGivenTwiceNamingTheFirstLine() {
		assertRejected(HEADER + GOOD + "SP.POP.TOTL,KAZ,2019,1,FINAL,Broken files test,\n" + GOOD, 4, "period", "as line 2");
	}

	@Test
	void rejectsAValueBeyondTheNaturalLimit() {
		assertRejected(HEADER + GOOD + "IT.NET.USER.ZS,KAZ,2021,120,FINAL,Broken files test,\n", 3, "value",
				"above the natural limit");
	}

	@Test
	void rejectsAYearThatCannotHaveBeenMeasured() {
		assertRejected(HEADER + GOOD + "SP.POP.TOTL,KAZ,2999,1,FINAL,Broken files test,\n", 3, "period", "2999 is not a year");
		assertRejected(HEADER + GOOD + "SP.POP.TOTL,KAZ,20x1,1,FINAL,Broken files test,\n", 3, "period", "is not a period");
	}

	@Test
	void rejectsAnUnknownStatus() {
		assertRejected(HEADER + GOOD + "SP.POP.TOTL,KAZ,2021,1,GUESS,Broken files test,\n", 3, "status", "not a status");
	}

	@Test
	void rejectsBytesThatAreNotUtf8() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes((HEADER + GOOD + "SP.POP.TOTL,KAZ,2021,1,FINAL,Broken ").getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes(new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF });
		bytes.writeBytes(" test,\n".getBytes(StandardCharsets.UTF_8));
		ImportJob job = uploads.run(TestAccounts.ANALYST, "latin.csv", bytes.toByteArray(), null, null);
		assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(job.errors()).singleElement().satisfies(e -> {
			assertThat(e.line()).isEqualTo(3);
			assertThat(e.message()).contains("not valid UTF-8");
		});
		assertThat(observations()).isEqualTo(observationsBefore);
	}

	@Test
	void rejectsAnEmptyFileAndAHeaderWithoutRows() {
		ImportJob empty = uploads.run(TestAccounts.ANALYST, "empty.csv", new byte[0], null, null);
		assertThat(empty.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(empty.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("empty"));
		ImportJob headerOnly = uploads.run(TestAccounts.ANALYST, "header.csv", HEADER, null);
		assertThat(headerOnly.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(headerOnly.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("no rows"));
	}

	@Test
	void rejectsAFileOverTheConfiguredSizeUnread() {
		byte[] large = new byte[5 * 1024 * 1024 + 1];
		java.util.Arrays.fill(large, (byte) 'x');
		ImportJob job = uploads.run(TestAccounts.ANALYST, "large.csv", large, null, null);
		assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(job.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("more than the limit of 5.0 MB"));
	}

	@Test
	void rejectsAFileWithoutAValueColumnOrASource() {
		assertRejected("indicator,state,period,source\nSP.POP.TOTL,KAZ,2020,x\n", 1, "value", "no value column");
		assertRejected("indicator,state,period,value\nSP.POP.TOTL,KAZ,2020,1\n", 1, "source", "no source column");
	}

	@Test
	void listsEveryBadRowOfAFile() {
		ImportJob job = uploads.run(TestAccounts.ANALYST, "many.csv", HEADER + GOOD
				+ "SP.POP.TOTL,KAZ,2001,abc,FINAL,Broken files test,\n"
				+ "SP.POP.TOTL,FRA,2002,1,FINAL,Broken files test,\n"
				+ "SP.POP.TOTL,KAZ,1492,1,FINAL,Broken files test,\n", null);
		assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(job.errorCount()).isEqualTo(3);
		assertThat(job.errors()).extracting(RowError::line, RowError::column).containsExactly(
				org.assertj.core.groups.Tuple.tuple(3, "value"), org.assertj.core.groups.Tuple.tuple(4, "state"),
				org.assertj.core.groups.Tuple.tuple(5, "period"));
		assertThat(observations()).isEqualTo(observationsBefore);
	}

	@Test
	void pointsToThePhysicalLineAfterAQuotedLineBreak() {
		assertRejected(HEADER + "SP.POP.TOTL,KAZ,2020,1,FINAL,Broken files test,\"a note\nover two lines\"\n"
				+ "SP.POP.TOTL,KAZ,2021,x,FINAL,Broken files test,\n", 4, "value", "not a number");
	}

	private void assertRejected(String content, int line, String column, String message) {
		ImportJob job = uploads.run(TestAccounts.ANALYST, "broken.csv", content, null);
		assertThat(job.status()).isEqualTo(ImportJob.Status.REJECTED);
		assertThat(job.errors()).anySatisfy(e -> {
			assertThat(e.line()).isEqualTo(line);
			assertThat(e.column()).isEqualTo(column);
			assertThat(e.message()).contains(message);
		});
		assertThat(observations()).isEqualTo(observationsBefore);
	}

	private long observations() {
		return jdbc.sql("SELECT COUNT(*) FROM observation").query(Long.class).single();
	}

	@OnPostgres
	static class OnPostgresTest extends RejectedFilesTest {
	}
}
