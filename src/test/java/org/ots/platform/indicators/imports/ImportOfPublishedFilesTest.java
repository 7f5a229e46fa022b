package org.ots.platform.indicators.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real files of the shared data import as they are: every row of a platform state lands with its value, and
 * every row of another country or region is skipped and counted. Expectations are computed from the files here,
 * with an independent CSV parser.
 */
@IntegrationTest
class ImportOfPublishedFilesTest {

	static final Path DATA = Path.of("..", "shared", "data");
	static final Set<String> PLATFORM = Set.of("AZE", "KAZ", "KGZ", "TUR", "UZB", "HUN", "TKM", "XNC", "OTS");

	@LocalServerPort
	int port;

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	Uploads uploads;

	@BeforeEach
	void setUp() {
		accounts.ensure();
		uploads = new Uploads(port, jobs);
	}

	@ParameterizedTest
	@ValueSource(strings = { "climate_energy.csv", "trade.csv", "transport_logistics.csv", "digital.csv", "macro.csv",
			"all_indicators.csv" })
	void importsEveryRowOfTheSharedIndicatorFiles(String name) throws IOException {
		Path file = DATA.resolve("indicators").resolve(name);
		List<CSVRecord> rows = records(file, 0);

		ImportJob job = uploads.run(TestAccounts.ANALYST, name, Files.readAllBytes(file), null, null);

		assertThat(job.status()).as("%s", job.errors()).isEqualTo(ImportJob.Status.DONE);
		assertThat(job.format()).isEqualTo("tidy");
		assertThat(job.totalRows()).isEqualTo(rows.size());
		assertThat(job.insertedRows() + job.unchangedRows()).isEqualTo(rows.size());
		assertThat(job.updatedRows()).isZero();
		assertThat(job.skippedRows()).isZero();
		Map<String, String> tidyMappings = mappings("TIDY");
		Map<String, Double> stored = stored(rows.stream().map(r -> r.get("source")).distinct().toList());
		for (CSVRecord row : rows) {
			String indicator = tidyMappings.getOrDefault(row.get("indicator_code"), row.get("indicator_code"));
			String key = indicator + "|" + row.get("country_iso3") + "|" + row.get("year") + "|" + row.get("source");
			assertThat(stored.get(key)).as(key).isEqualTo(Double.parseDouble(row.get("value")));
		}
	}

	@Test
	void importsTheOwidGrapherFileAndCountsOtherCountriesAsSkipped() throws IOException {
		Path file = DATA.resolve("formats/owid/co-emissions-per-capita.csv");
		List<CSVRecord> rows = records(file, 0);
		long ours = rows.stream().filter(r -> PLATFORM.contains(r.get("Code"))).count();
		long others = rows.size() - ours;

		ImportJob job = uploads.run(TestAccounts.ADMIN, "co-emissions-per-capita.csv", Files.readAllBytes(file), null,
				null);

		assertThat(job.status()).as("%s", job.errors()).isEqualTo(ImportJob.Status.DONE);
		assertThat(job.format()).isEqualTo("owid");
		assertThat(job.insertedRows() + job.unchangedRows()).isEqualTo(ours);
		assertThat(job.skippedRows()).isEqualTo(others);
		assertThat(job.skippedDetail().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(others);
		assertThat(job.skippedDetail()).containsKeys("OWID_WRL", "AFG").doesNotContainKeys("KAZ", "TUR");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM observation WHERE indicator_code = 'CLI.CO2.PC' AND source = ?")
			.param("Our World in Data, grapher: Annual CO₂ emissions (per capita)")
			.query(Long.class)
			.single()).isEqualTo(ours);
	}

	@Test
	void importsTheWorldBankApiFileWithItsPreambleAndSkipsAggregates() throws IOException {
		Path file = DATA.resolve("formats/worldbank/API_EN.ATM.CO2E.KT.csv");
		List<CSVRecord> rows = records(file, 4);
		long values = 0;
		long others = 0;
		for (CSVRecord row : rows) {
			if (!PLATFORM.contains(row.get("Country Code"))) {
				others++;
				continue;
			}
			for (int year = 1960; year <= 2020; year++) {
				if (row.isMapped(Integer.toString(year)) && !row.get(Integer.toString(year)).isBlank()) {
					values++;
				}
			}
		}

		ImportJob job = uploads.run(TestAccounts.ADMIN, "API_EN.ATM.CO2E.KT.csv", Files.readAllBytes(file), null, null);

		assertThat(job.status()).as("%s", job.errors()).isEqualTo(ImportJob.Status.DONE);
		assertThat(job.format()).isEqualTo("wb");
		assertThat(job.insertedRows() + job.unchangedRows()).isEqualTo(values);
		assertThat(job.skippedRows()).isEqualTo(others);
		assertThat(job.skippedDetail()).containsKeys("WLD", "AFE", "HIC");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM observation WHERE indicator_code = 'EN.ATM.CO2E.KT' AND source = ?")
			.param("World Bank, World Development Indicators (Last Updated 2022-04-08)")
			.query(Long.class)
			.single()).isEqualTo(values);
	}

	private Map<String, String> mappings(String publisher) {
		Map<String, String> map = new HashMap<>();
		jdbc.sql("SELECT external_code, indicator_code FROM indicator_mapping WHERE publisher = ?")
			.param(publisher)
			.query(rs -> {
				map.put(rs.getString(1), rs.getString(2));
			});
		return map;
	}

	private Map<String, Double> stored(List<String> sources) {
		Map<String, Double> map = new HashMap<>();
		jdbc.sql("SELECT indicator_code, state_code, period, source, obs_value FROM observation WHERE source IN (:sources)")
			.param("sources", sources)
			.query(rs -> {
				map.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4),
						rs.getDouble(5));
			});
		return map;
	}

	/** The data records of a CSV file after {@code preamble} lines, read with Commons CSV. */
	static List<CSVRecord> records(Path file, int preamble) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.StringReader(text));
		for (int i = 0; i < preamble; i++) {
			reader.readLine();
		}
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setAllowMissingColumnNames(true)
			.get()
			.parse(reader)
			.getRecords();
	}

	@OnPostgres
	static class OnPostgresTest extends ImportOfPublishedFilesTest {
	}
}
