package org.ots.platform.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The documents users may upload (report annexes, analytical products), recognised by their content and never by
 * the name the uploader gave, so that a renamed program or web page is not served to readers as a study: a PDF
 * starts with %PDF-, Word and Excel files are ZIP packages holding their main part, and a CSV is plain UTF-8 text
 * whose first line has a separator. Each use decides which of them it accepts.
 */
public enum DocumentKind {
	PDF("application/pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	CSV("text/csv");

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private final String mediaType;

	DocumentKind(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return mediaType;
	}

	/** The kind of this content, or null when it is none of these documents. */
	public static DocumentKind of(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return PDF;
		}
		if (startsWith(content, ZIP_MAGIC)) {
			return officeKind(content);
		}
		return isCsv(content) ? CSV : null;
	}

	private static DocumentKind officeKind(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("word/document.xml")) {
					return DOCX;
				}
				if (entry.getName().equals("xl/workbook.xml")) {
					return XLSX;
				}
			}
			return null;
		}
		catch (IOException | IllegalArgumentException e) {
			return null;
		}
	}

	/** Valid UTF-8, no control characters but tab and line ends, not markup, and a separator in the first line. */
	private static boolean isCsv(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException e) {
			return false;
		}
		if (text.isBlank() || text.stripLeading().startsWith("<")
				|| text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n')) {
			return false;
		}
		String firstLine = text.lines().findFirst().orElse("");
		return firstLine.contains(",") || firstLine.contains(";") || firstLine.contains("\t");
	}

	/**
	 * The name readers download the file under: the uploader's name without any path or unsafe character, with the
	 * extension of what the file really is ({@code fallback} when nothing of the name is left).
	 */
	public String downloadName(String uploaded, String fallback) {
		String base = uploaded == null ? "" : uploaded.replaceAll(".*[/\\\\]", "").replaceAll("[^\\w .()-]", "_").trim();
		base = base.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
		if (base.isEmpty()) {
			base = fallback;
		}
		return (base.length() > 200 ? base.substring(0, 200) : base) + "." + name().toLowerCase(java.util.Locale.ROOT);
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}
}
