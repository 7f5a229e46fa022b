package org.ots.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** Uploaded documents are known by their content, and their download name tells what they really are. */
public class DocumentKindTest {

	public static byte[] zipWith(String entry) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	public static byte[] pdf() {
		return "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	}

	@Test
	void recognisesPdfWordExcelAndCsvByTheirContent() throws IOException {
		assertThat(DocumentKind.of(pdf())).isEqualTo(DocumentKind.PDF);
		assertThat(DocumentKind.of(zipWith("word/document.xml"))).isEqualTo(DocumentKind.DOCX);
		assertThat(DocumentKind.of(zipWith("xl/workbook.xml"))).isEqualTo(DocumentKind.XLSX);
		assertThat(DocumentKind.of("indicator;state;year\nX;KAZ;2024\n".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(DocumentKind.CSV);
	}

	@Test
	void refusesMarkupAnOtherZipABrokenZipAndNothing() throws IOException {
		assertThat(DocumentKind.of("<html><body>report.pdf</body></html>".getBytes(StandardCharsets.UTF_8))).isNull();
		assertThat(DocumentKind.of("one line without separator".getBytes(StandardCharsets.UTF_8))).isNull();
		assertThat(DocumentKind.of(zipWith("payload.exe"))).isNull();
		assertThat(DocumentKind.of(new byte[] { 'P', 'K', 3, 4, 1, 2 })).isNull();
		assertThat(DocumentKind.of(new byte[0])).isNull();
	}

	@Test
	void theDownloadNameDropsThePathAndCarriesTheTrueExtension() {
		assertThat(DocumentKind.CSV.downloadName("C:\\data\\table.pdf", "product")).isEqualTo("table.csv");
		assertThat(DocumentKind.PDF.downloadName("statistics.pdf", "attachment")).isEqualTo("statistics.pdf");
		assertThat(DocumentKind.DOCX.downloadName("../../etc/passwd", "attachment")).isEqualTo("passwd.docx");
		assertThat(DocumentKind.PDF.downloadName("", "attachment")).isEqualTo("attachment.pdf");
	}
}
