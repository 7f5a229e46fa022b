package org.ots.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the JSON API over real HTTP: anonymous, or sending a test account's credentials with HTTP Basic
 * on every request, as scripts of national statistical offices would.
 */
public class ApiClient {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;
	private final String authorization;

	private ApiClient(int port, String authorization) {
		this.base = "http://localhost:" + port;
		this.authorization = authorization;
	}

	public static ApiClient anonymous(int port) {
		return new ApiClient(port, null);
	}

	public static ApiClient as(int port, String username) {
		String credentials = username + ":" + TestAccounts.passwordOf(username);
		return new ApiClient(port, "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
	}

	public Response get(String path) {
		return send("GET", path, null);
	}

	public Response post(String path, Object body) {
		return send("POST", path, body);
	}

	public Response put(String path, Object body) {
		return send("PUT", path, body);
	}

	public Response delete(String path) {
		return send("DELETE", path, null);
	}

	/** Sends a request; a String body goes as it is (to test malformed JSON), anything else as JSON. */
	public Response send(String method, String path, Object body) {
		String json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return send(request);
	}

	/** Sends a multipart form as a script uploading a file does: {@link Upload} values are files, others fields. */
	public Response sendMultipart(String method, String path, Map<String, ?> parts) {
		String boundary = "----ots" + UUID.randomUUID();
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.method(method, HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, parts))));
	}

	/** Whether a body has a file in it, and so goes as a multipart form. */
	public static boolean hasUpload(Map<String, ?> parts) {
		return parts != null && parts.values().stream().anyMatch(Upload.class::isInstance);
	}

	/** The body of a multipart form: {@link Upload} values as files, anything else as text fields. */
	public static byte[] multipart(String boundary, Map<String, ?> parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		parts.forEach((name, value) -> {
			String disposition = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"";
			if (value instanceof Upload upload) {
				out.writeBytes((disposition + "; filename=\"" + upload.fileName() + "\"\r\nContent-Type: text/csv\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				out.writeBytes(upload.content());
				out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			else {
				out.writeBytes((disposition + "\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
		});
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private Response send(HttpRequest.Builder request) {
		request.header("Accept", "application/json, application/problem+json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** A file of a multipart form. */
	public record Upload(String fileName, byte[] content) {

		public static Upload csv(String fileName, String content) {
			return new Upload(fileName, content.getBytes(StandardCharsets.UTF_8));
		}
	}

	public record Response(int status, String body, HttpResponse<String> raw) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		@Override
		public String toString() {
			return status + " " + body;
		}
	}
}
