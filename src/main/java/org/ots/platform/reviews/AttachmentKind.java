package org.ots.platform.reviews;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The documents a report may carry, recognised by their content, never by the name the uploader gave: a PDF
 * starts with %PDF-, and Word and Excel files are ZIP packages holding their main part.
 */
enum AttachmentKind {
	PDF("application/pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	final String mediaType;

	AttachmentKind(String mediaType) {
		this.mediaType = mediaType;
	}

	/** The kind of this content, or null when it is none of the accepted documents. */
	static AttachmentKind of(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return PDF;
		}
		if (startsWith(content, ZIP_MAGIC)) {
			return officeKind(content);
		}
		return null;
	}

	private static AttachmentKind officeKind(byte[] content) {
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

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}
}
