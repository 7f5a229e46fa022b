package org.ots.platform.indicators.imports;


import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.ots.platform.TestAccounts;

/** Uploads files to the import API as a script would (multipart, HTTP Basic), and waits for their jobs. */
final class Uploads {

	private final int port;
	private final ImportJobs jobs;
	private final HttpClient http = HttpClient.newHttpClient();

	Uploads(int port, ImportJobs jobs) {
		this.port = port;
		this.jobs = jobs;
	}

	HttpResponse<String> post(String user, String fileName, byte[] content, Map<String, String> fields) {
		String boundary = "----ots" + UUID.randomUUID();
		byte[] body = multipart(boundary, fileName, content, fields);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
			.header("Authorization", basic(user))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	HttpResponse<String> get(String user, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (user != null) {
			request.header("Authorization", basic(user));
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Uploads and waits until the job is no longer running. */
	ImportJob run(String user, String fileName, byte[] content, String format, String source) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (format != null) {
			fields.put("format", format);
		}
		if (source != null) {
			fields.put("source", source);
		}
		HttpResponse<String> response = post(user, fileName, content, fields);
		if (response.statusCode() != 202) {
			throw new IllegalStateException("Upload answered " + response.statusCode() + ": " + response.body());
		}
		String location = response.headers().firstValue("Location").orElseThrow();
		return await(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
	}

	ImportJob run(String user, String fileName, String content, String source) {
		return run(user, fileName, content.getBytes(StandardCharsets.UTF_8), null, source);
	}

	ImportJob await(long id) {
		return org.awaitility.Awaitility.await()
			.atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> jobs.find(id).orElseThrow(), job -> !job.running());
	}

	static String basic(String user) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + TestAccounts.passwordOf(user)).getBytes(StandardCharsets.UTF_8));
	}

	static byte[] multipart(String boundary, String fileName, byte[] content, Map<String, String> fields) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		out.writeBytes(content);
		out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}
}
