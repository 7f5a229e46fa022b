package org.ots.platform.indicators.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Exports are public, re-import unchanged, and cannot carry spreadsheet formulas. */
@IntegrationTest
class ObservationExportTest {

	@LocalServerPort
	int port;

	@Autowired
	ImportJobs jobs;

	@Autowired
	TestAccounts accounts;

	Uploads uploads;
	String source;

	@BeforeEach
	void setUp() {
		accounts.ensure();
		uploads = new Uploads(port, jobs);
		source = "Export test " + UUID.randomUUID();
	}

	@Test
	void theTidyExportReimportsWithEveryValueUnchanged() {
		uploads.run(TestAccounts.ANALYST, "fdi.csv", "indicator,state,period,value,status,source,note\n"
				+ "BX.KLT.DINV.WD.GD.ZS,KGZ,2015,12.5,FINAL," + source + ",\n"
				+ "BX.KLT.DINV.WD.GD.ZS,KGZ,2016,-1.5,PROVISIONAL," + source + ",\"revised, see note\"\n", null);
		HttpResponse<String> export = uploads.get(null,
				"/export/observations?format=tidy&indicator=BX.KLT.DINV.WD.GD.ZS&state=KGZ&from=2015&to=2016");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("attachment", "ots-observations-tidy.csv");
		assertThat(export.body()).contains("BX.KLT.DINV.WD.GD.ZS,KGZ,2016,-1.5,PROVISIONAL");

		ImportJob again = uploads.run(TestAccounts.ANALYST, "export.csv", export.body(), null);

		assertThat(again.status()).as("%s", again.errors()).isEqualTo(ImportJob.Status.DONE);
		assertThat(again.insertedRows()).isZero();
		assertThat(again.updatedRows()).isZero();
		assertThat(again.unchangedRows()).isEqualTo(again.totalRows()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void cellsThatSpreadsheetsWouldRunAsFormulasAreQuotedButNegativeNumbersStayNumbers() {
		String evil = "=HYPERLINK(\"http://evil.example\",\"click\")";
		uploads.run(TestAccounts.ANALYST, "evil.csv", "indicator,state,period,value,source,note\n"
				+ "BX.KLT.DINV.WD.GD.ZS,XNC,2020,-2.25,@" + source + ",\"" + evil.replace("\"", "\"\"") + "\"\n"
				+ "BX.KLT.DINV.WD.GD.ZS,XNC,2021,3,+" + source + ",-note\n", null);
		String body = uploads.get(null, "/export/observations?format=tidy&state=XNC").body();
		assertThat(body).contains(",-2.25,").contains(",'@" + source + ",")
			.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"")
			.contains(",'+" + source + ",'-note");
		String sdmx = uploads.get(null, "/export/observations?format=sdmx-csv&state=XNC").body();
		assertThat(sdmx).startsWith("DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS")
			.contains("XNC,BX.KLT.DINV.WD.GD.ZS,2020,-2.25,A,'@");
	}

	@Test
	void exportsThePublishersLayoutsWhichImportAgain() {
		uploads.run(TestAccounts.ANALYST, "hun.csv", "indicator,state,period,value,source\n"
				+ "TRD.INTRA.OTS,HUN,2010,150.5," + source + "\n"
				+ "TRD.INTRA.OTS,HUN,2012,160," + source + "\n", null);
		String owid = uploads.get(null, "/export/observations?format=owid&indicator=TRD.INTRA.OTS&state=HUN").body();
		assertThat(owid).startsWith("Entity,Code,Year,").contains("Hungary,HUN,2010,150.5");
		String wb = uploads.get(null, "/export/observations?format=wb&indicator=TRD.INTRA.OTS&state=HUN").body();
		assertThat(wb).startsWith("\uFEFF\"Data Source\"").contains("\"Country Name\",\"Country Code\"")
			.contains("Hungary,HUN,");
		ImportJob reimported = uploads.run(TestAccounts.ANALYST, "wb.csv", wb, null);
		assertThat(reimported.status()).as("%s", reimported.errors()).isEqualTo(ImportJob.Status.DONE);
		assertThat(reimported.format()).isEqualTo("wb");
		assertThat(uploads.get(null, "/export/observations?format=xls").statusCode()).isEqualTo(400);
	}

	@OnPostgres
	static class OnPostgresTest extends ObservationExportTest {
	}
}
