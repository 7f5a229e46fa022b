package org.ots.platform.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.ots.platform.OtsPlatformApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The scoreboard page and its JSON under load (issue 4, "Speed"), against a static file served by the same server
 * in the same run. Loads 300 indicators x 8 states x 35 years into a fresh PostgreSQL schema with set-based SQL,
 * assesses the progress of every series, then drives each target with 64 keep-alive connections: 5 s warm-up,
 * 15 s measured. Prints requests/s, p50 and p99 per target and the ratio to the static file. Not a test: run
 * bench/scoreboard-load.sh; extra arguments ({@code --property=value}) go to the platform, to try a setting.
 */
public final class ScoreboardLoadBenchmark {

	private static final String PG = "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("bench.db", "test");
	private static final String USER = System.getProperty("bench.user", "postgres");
	private static final int CONNECTIONS = Integer.getInteger("bench.connections", 64);
	private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 5);
	private static final int SECONDS = Integer.getInteger("bench.seconds", 15);
	private static final int INDICATORS = 300;
	private static final int FIRST_YEAR = 1991;
	private static final int LAST_YEAR = 2025;

	public static void main(String[] args) throws Exception {
		String schema = "ots_bench_" + Long.toString(System.currentTimeMillis(), 36);
		Map<String, String> settings = Map.ofEntries(
				Map.entry("spring.datasource.url", PG + "?currentSchema=" + schema),
				Map.entry("spring.datasource.username", USER), Map.entry("spring.datasource.password", ""),
				Map.entry("spring.flyway.default-schema", schema), Map.entry("spring.flyway.schemas", schema),
				Map.entry("spring.flyway.create-schemas", "true"), Map.entry("ots.demo.enabled", "false"),
				Map.entry("ots.identity.admin-password", "bench-admin-password-1"), Map.entry("server.port", "0"),
				Map.entry("logging.level.root", "WARN"));
		ConfigurableApplicationContext app = new SpringApplicationBuilder(OtsPlatformApplication.class)
			.run(java.util.stream.Stream.concat(
					settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()), Arrays.stream(args))
				.toArray(String[]::new));
		int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
		try (Connection db = DriverManager.getConnection(PG + "?currentSchema=" + schema, USER, "")) {
			long started = System.nanoTime();
			load(db);
			System.out.printf(Locale.ROOT, "loaded in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, counts(db));
			started = System.nanoTime();
			recomputeAll(app);
			System.out.printf(Locale.ROOT, "progress of every series assessed in %.1f s%n",
					(System.nanoTime() - started) / 1e9);

			List<Result> results = new ArrayList<>();
			for (String path : List.of("/css/app.css", "/scoreboard?area=TRN", "/api/v1/scoreboard?area=TRN")) {
				results.add(run(port, path));
			}
			double baseline = results.get(0).rate();
			System.out.printf(Locale.ROOT, "%n%d connections, %d s warm-up, %d s measured, load average now %s%n",
					CONNECTIONS, WARM_UP_SECONDS, SECONDS, loadAverage());
			System.out.printf(Locale.ROOT, "%-30s %10s %10s %9s %9s %9s %8s%n", "target", "bytes", "req/s", "p50 ms",
					"p99 ms", "max ms", "ratio");
			for (Result r : results) {
				System.out.printf(Locale.ROOT, "%-30s %,10d %,10.0f %9.1f %9.1f %9.1f %8.2f%n", r.path(), r.bytes(),
						r.rate(), r.percentile(0.50), r.percentile(0.99), r.percentile(1.0), r.rate() / baseline);
			}
			System.out.println("goal: ratio at least 0.70, p99 under 50 ms");
			try (Statement drop = db.createStatement()) {
				drop.execute("DROP SCHEMA " + schema + " CASCADE");
			}
		}
		finally {
			app.close();
		}
	}

	/**
	 * 300 indicators: the framework's own plus copies of them (same area, direction, limits and targets), so the
	 * areas keep their proportions and the TRN scoreboard grows with the rest; then 35 years of every indicator for
	 * the 8 states (the OTS row is the platform's own aggregate). All set-based.
	 */
	private static void load(Connection db) throws Exception {
		int framework = count(db, "SELECT count(*) FROM indicator");
		try (Statement sql = db.createStatement()) {
			sql.execute("""
					INSERT INTO indicator (code, area_code, name_en, name_ru, name_tr, definition_en, unit, decimals,
					    periodicity, direction, lower_limit, upper_limit, source)
					SELECT i.code || '.B' || c.n, i.area_code, i.name_en || ' (copy ' || c.n || ')', i.name_ru, i.name_tr,
					    i.definition_en, i.unit, i.decimals, i.periodicity, i.direction, i.lower_limit, i.upper_limit,
					    i.source
					FROM (SELECT *, row_number() OVER (ORDER BY code) AS k FROM indicator) i
					CROSS JOIN generate_series(1, 10) AS c(n)
					WHERE (c.n - 1) * %d + i.k <= %d
					""".formatted(framework, INDICATORS - framework));
			sql.execute("""
					INSERT INTO target (indicator_code, state_code, target_value, target_year, origin)
					SELECT c.code, t.state_code, t.target_value, t.target_year, t.origin
					FROM indicator c JOIN target t ON c.code LIKE t.indicator_code || '.B%'
					""");
			// A trend with noise inside the indicator's limits, so the statuses are mixed.
			sql.execute("""
					INSERT INTO observation (indicator_code, state_code, period, obs_year, source, obs_value, status,
					    reference, changed_by, changed_at)
					SELECT i.code, s.code, CAST(y AS VARCHAR), y, 'Benchmark', v.lo + (v.hi - v.lo)
					    * LEAST(1, GREATEST(0, 0.3 + 0.01 * (y - %d) * (CASE WHEN random() < 0.5 THEN 1 ELSE -1 END)
					    + 0.05 * random())), 'FINAL', TRUE, 'bench', now()
					FROM indicator i
					CROSS JOIN LATERAL (SELECT COALESCE(i.lower_limit, 0) AS lo,
					    COALESCE(i.upper_limit, COALESCE(i.lower_limit, 0) + 1000) AS hi) v
					CROSS JOIN (SELECT code FROM state WHERE kind <> 'AGGREGATE') s
					CROSS JOIN generate_series(%d, %d) AS y
					""".formatted(FIRST_YEAR, FIRST_YEAR, LAST_YEAR));
			sql.execute("ANALYZE");
		}
	}

	private static String counts(Connection db) throws Exception {
		return String.format(Locale.ROOT, "%d indicators (%d in TRN), %d states, %,d observations",
				count(db, "SELECT count(*) FROM indicator"),
				count(db, "SELECT count(*) FROM indicator WHERE area_code = 'TRN'"),
				count(db, "SELECT count(DISTINCT state_code) FROM observation"),
				count(db, "SELECT count(*) FROM observation"));
	}

	private static int count(Connection db, String query) throws Exception {
		try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getInt(1);
		}
	}

	/** The monitor is package-private to its module; the benchmark reaches it as the start-up runner would. */
	private static void recomputeAll(ConfigurableApplicationContext app) throws Exception {
		Class<?> type = Class.forName("org.ots.platform.monitoring.ProgressMonitor");
		Object monitor = app.getBean(type);
		Method recompute = type.getDeclaredMethod("recomputeAll");
		recompute.setAccessible(true);
		recompute.invoke(monitor);
	}

	private static String loadAverage() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
		}
		catch (IOException e) {
			return "?";
		}
	}

	record Result(String path, long bytes, long requests, double seconds, long[] latenciesNanos) {

		double rate() {
			return requests / seconds;
		}

		double percentile(double p) {
			if (latenciesNanos.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(p * latenciesNanos.length) - 1;
			return latenciesNanos[Math.max(0, index)] / 1e6;
		}
	}

	/** 64 threads, each with its own keep-alive connection, each sending the next request when the last is read. */
	private static Result run(int port, String path) throws Exception {
		long warmUpEnd = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
		long end = warmUpEnd + SECONDS * 1_000_000_000L;
		AtomicLong bytes = new AtomicLong();
		List<long[]> recorded = new ArrayList<>();
		int[] counts = new int[CONNECTIONS];
		Thread[] threads = new Thread[CONNECTIONS];
		RuntimeException[] failure = new RuntimeException[1];
		for (int c = 0; c < CONNECTIONS; c++) {
			long[] latencies = new long[200_000];
			recorded.add(latencies);
			int slot = c;
			threads[c] = new Thread(() -> {
				byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
						+ "\r\nAccept: */*\r\nAccept-Language: en\r\nConnection: keep-alive\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII);
				Socket socket = null;
				try {
					OutputStream out = null;
					InputStream in = null;
					int n = 0;
					while (true) {
						if (socket == null) {
							// Tomcat closes a keep-alive connection after 100 requests; reconnect as wrk does.
							socket = new Socket("127.0.0.1", port);
							socket.setTcpNoDelay(true);
							out = socket.getOutputStream();
							in = new BufferedInputStream(socket.getInputStream(), 65536);
						}
						long sent = System.nanoTime();
						if (sent >= end) {
							break;
						}
						out.write(request);
						out.flush();
						long size = readResponse(in);
						long done = System.nanoTime();
						if (sent >= warmUpEnd && done <= end) {
							// Beyond 200,000 per connection the count goes on; the percentiles use the first ones.
							if (n < latencies.length) {
								latencies[n] = done - sent;
							}
							n++;
						}
						if (size < 0) {
							socket.close();
							socket = null;
						}
						bytes.set(Math.abs(size));
					}
					counts[slot] = n;
					if (socket != null) {
						socket.close();
					}
				}
				catch (IOException e) {
					failure[0] = new IllegalStateException(path + ": " + e.getMessage(), e);
				}
			});
			threads[c].start();
		}
		for (Thread t : threads) {
			t.join();
		}
		if (failure[0] != null) {
			throw failure[0];
		}
		long total = Arrays.stream(counts).sum();
		long[] all = new long[Arrays.stream(counts).map(n -> Math.min(n, 200_000)).sum()];
		int at = 0;
		for (int c = 0; c < CONNECTIONS; c++) {
			int kept = Math.min(counts[c], 200_000);
			System.arraycopy(recorded.get(c), 0, all, at, kept);
			at += kept;
		}
		Arrays.sort(all);
		return new Result(path, bytes.get(), total, SECONDS, all);
	}

	/**
	 * Reads one response (Content-Length or chunked); fails on anything but 200. Returns the body size, negative
	 * when the server closes the connection after it.
	 */
	private static long readResponse(InputStream in) throws IOException {
		String status = line(in);
		if (!status.startsWith("HTTP/1.1 200")) {
			throw new IOException("unexpected response " + status);
		}
		long length = -1;
		boolean chunked = false;
		boolean close = false;
		for (String header = line(in); !header.isEmpty(); header = line(in)) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Long.parseLong(lower.substring(15).trim());
			}
			else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
			else if (lower.startsWith("connection:") && lower.contains("close")) {
				close = true;
			}
		}
		if (!chunked) {
			skip(in, length);
			return close ? -length : length;
		}
		long total = 0;
		while (true) {
			String size = line(in);
			int semicolon = size.indexOf(';');
			long chunk = Long.parseLong(semicolon < 0 ? size.trim() : size.substring(0, semicolon).trim(), 16);
			if (chunk == 0) {
				while (!line(in).isEmpty()) {
					// trailers
				}
				return close ? -total : total;
			}
			skip(in, chunk);
			line(in);
			total += chunk;
		}
	}

	private static void skip(InputStream in, long n) throws IOException {
		long left = n;
		while (left > 0) {
			long skipped = in.skip(left);
			if (skipped <= 0) {
				if (in.read() < 0) {
					throw new IOException("connection closed");
				}
				skipped = 1;
			}
			left -= skipped;
		}
	}

	private static String line(InputStream in) throws IOException {
		StringBuilder b = new StringBuilder();
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new IOException("connection closed");
			}
			if (c != '\r') {
				b.append((char) c);
			}
		}
		return b.toString();
	}
}
