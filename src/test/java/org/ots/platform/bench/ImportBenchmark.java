package org.ots.platform.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ots.platform.OtsPlatformApplication;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Import against PostgreSQL COPY (DESIGN.md section 9). Generates N observations (default 1,000,000) as a tidy
 * CSV file, imports it through the platform's own path (HTTP upload to /api/v1/imports, parsing, validation,
 * staging, set-based merge) into an empty observation table, then loads the same rows into the same, emptied
 * table with COPY, and prints both rates and their ratio. Not a test: run bench/import-vs-copy.sh.
 */
public final class ImportBenchmark {

	private static final String PG = "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("bench.db", "test");
	private static final String USER = System.getProperty("bench.user", "postgres");
	private static final String ADMIN_PASSWORD = "bench-admin-password-1";
	private static final int FIRST_YEAR = 1750;
	private static final int LAST_YEAR = 2025;

	private record Series(String indicator, double low, double high) {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		String schema = "ots_bench_" + Long.toString(System.currentTimeMillis(), 36);
		Map<String, String> settings = Map.ofEntries(
				Map.entry("spring.datasource.url", PG + "?currentSchema=" + schema + "&reWriteBatchedInserts=true"),
				Map.entry("spring.datasource.username", USER), Map.entry("spring.datasource.password", ""),
				Map.entry("spring.flyway.default-schema", schema), Map.entry("spring.flyway.schemas", schema),
				Map.entry("spring.flyway.create-schemas", "true"), Map.entry("ots.demo.enabled", "false"),
				Map.entry("ots.identity.admin-password", ADMIN_PASSWORD), Map.entry("server.port", "0"),
				Map.entry("ots.imports.max-file-size", "500MB"),
				Map.entry("spring.servlet.multipart.max-file-size", "500MB"),
				Map.entry("spring.servlet.multipart.max-request-size", "500MB"),
				Map.entry("logging.level.root", "WARN"));
		// Command-line arguments outrank application.properties (builder properties would only be defaults).
		ConfigurableApplicationContext app = new SpringApplicationBuilder(OtsPlatformApplication.class)
			.run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
		int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
		try (Connection db = DriverManager.getConnection(PG + "?currentSchema=" + schema, USER, "")) {
			List<Series> series = series(db);
			Path warmFile = generate(series, 50_000);
			Path file = generate(series, rows);
			System.out.printf(Locale.ROOT, "%,d rows, file of %.1f MB, schema %s%n", rows, Files.size(file) / 1048576.0,
					schema);
			// Warm-up: the JIT compiles the parsing and the database caches its catalogues; not measured.
			upload(port, warmFile);
			empty(db);
			copy(db, warmFile);
			empty(db);

			double platformSeconds = upload(port, file);
			long imported = count(db);
			empty(db);
			double copySeconds = copy(db, file);
			long copied = count(db);
			empty(db);

			double platformRate = imported / platformSeconds;
			double copyRate = copied / copySeconds;
			System.out.printf(Locale.ROOT, "platform import: %,d rows in %.2f s = %,.0f rows/s%n", imported,
					platformSeconds, platformRate);
			System.out.printf(Locale.ROOT, "PostgreSQL COPY: %,d rows in %.2f s = %,.0f rows/s%n", copied, copySeconds,
					copyRate);
			System.out.printf(Locale.ROOT, "ratio platform / COPY: %.2f (goal: at least 0.50)%n", platformRate / copyRate);
			Files.delete(file);
			Files.delete(warmFile);
			try (Statement drop = db.createStatement()) {
				drop.execute("DROP SCHEMA " + schema + " CASCADE");
			}
		}
		finally {
			app.close();
		}
	}

	/** Every indicator of the framework with a value range inside its natural limits. */
	private static List<Series> series(Connection db) throws Exception {
		List<Series> list = new ArrayList<>();
		try (Statement query = db.createStatement();
				var rs = query.executeQuery("SELECT code, lower_limit, upper_limit FROM indicator ORDER BY code")) {
			while (rs.next()) {
				double low = rs.getObject(2) == null ? -100 : rs.getDouble(2);
				double high = rs.getObject(3) == null ? low + 1_000_000 : rs.getDouble(3);
				list.add(new Series(rs.getString(1), low, high));
			}
		}
		return list;
	}

	/** Keys run over sources, indicators, states and years, so that every row is a new key. */
	private static Path generate(List<Series> series, int rows) throws IOException {
		String[] states = { "AZE", "KAZ", "KGZ", "TUR", "UZB", "HUN", "TKM", "XNC", "OTS" };
		Random random = new Random(42);
		Path file = Files.createTempFile("ots-bench-", ".csv");
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("indicator,state,period,value,status,source,note\n");
			int written = 0;
			for (int source = 1; written < rows; source++) {
				for (Series s : series) {
					for (String state : states) {
						for (int year = FIRST_YEAR; year <= LAST_YEAR && written < rows; year++) {
							double value = s.low() + random.nextDouble() * (s.high() - s.low());
							out.write(s.indicator() + "," + state + "," + year + ","
									+ String.format(Locale.ROOT, "%.4f", value) + ",FINAL,Benchmark source " + source + ",\n");
							written++;
						}
					}
				}
			}
		}
		return file;
	}

	/** Uploads through the API and waits for the job to finish; returns seconds from upload to DONE. */
	private static double upload(int port, Path file) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		String boundary = "----bench" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		long start = System.nanoTime();
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
			.header("Authorization", auth)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
					HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 202) {
			throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
		}
		URI job = URI.create("http://localhost:" + port + response.headers().firstValue("Location").orElseThrow());
		Pattern status = Pattern.compile("\"status\":\"(\\w+)\"");
		while (true) {
			String body = http.send(HttpRequest.newBuilder(job).header("Authorization", auth).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher matcher = status.matcher(body);
			String state = matcher.find() ? matcher.group(1) : "?";
			if (state.equals("DONE")) {
				return (System.nanoTime() - start) / 1e9;
			}
			if (!state.equals("QUEUED") && !state.equals("VALIDATING") && !state.equals("WRITING")) {
				throw new IllegalStateException("import ended " + state + ": " + body.substring(0, Math.min(2000, body.length())));
			}
			Thread.sleep(20);
		}
	}

	/**
	 * The baseline: the same rows, already in COPY's text format in memory, loaded straight into observation
	 * (the same table with its keys, indexes and foreign keys). Only the COPY itself is timed.
	 */
	private static double copy(Connection db, Path file) throws Exception {
		StringBuilder text = new StringBuilder();
		String now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString();
		boolean header = true;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (header) {
				header = false;
				continue;
			}
			String[] f = line.split(",", -1);
			boolean reference = f[5].equals("Benchmark source 1");
			text.append(f[0]).append('\t').append(f[1]).append('\t').append(f[2]).append('\t').append(f[2]).append('\t')
				.append(f[5]).append('\t').append(f[3]).append('\t').append(f[4]).append("\t\\N\t")
				.append(reference ? 't' : 'f').append("\tf\tbench\t").append(now).append("\t0\n");
		}
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		text = null;
		db.setAutoCommit(false);
		long start = System.nanoTime();
		CopyIn copy = db.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("COPY observation (indicator_code, state_code, period, obs_year, source, obs_value, status, note,"
					+ " reference, illustrative, changed_by, changed_at, version) FROM STDIN");
		for (int offset = 0; offset < bytes.length; offset += 1 << 20) {
			copy.writeToCopy(bytes, offset, Math.min(1 << 20, bytes.length - offset));
		}
		copy.endCopy();
		db.commit();
		double seconds = (System.nanoTime() - start) / 1e9;
		db.setAutoCommit(true);
		return seconds;
	}

	private static long count(Connection db) throws Exception {
		try (Statement query = db.createStatement(); var rs = query.executeQuery("SELECT COUNT(*) FROM observation")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void empty(Connection db) throws Exception {
		try (Statement truncate = db.createStatement()) {
			truncate.execute("TRUNCATE observation, observation_history, import_staging");
			truncate.execute("VACUUM ANALYZE observation");
		}
	}
}
