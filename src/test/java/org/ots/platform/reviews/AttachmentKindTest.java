package org.ots.platform.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class AttachmentKindTest {

	static byte[] zipWith(String entry) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	static byte[] pdf() {
		return "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	}

	@Test
	void recognisesPdfWordAndExcelByTheirContent() throws IOException {
		assertThat(AttachmentKind.of(pdf())).isEqualTo(AttachmentKind.PDF);
		assertThat(AttachmentKind.of(zipWith("word/document.xml"))).isEqualTo(AttachmentKind.DOCX);
		assertThat(AttachmentKind.of(zipWith("xl/workbook.xml"))).isEqualTo(AttachmentKind.XLSX);
	}

	@Test
	void refusesATextFileWhateverItsNameAnOtherZipAndBrokenZip() throws IOException {
		assertThat(AttachmentKind.of("This is not a PDF, only named report.pdf".getBytes(StandardCharsets.UTF_8))).isNull();
		assertThat(AttachmentKind.of(zipWith("payload.exe"))).isNull();
		assertThat(AttachmentKind.of(new byte[] { 'P', 'K', 3, 4, 1, 2 })).isNull();
		assertThat(AttachmentKind.of(new byte[0])).isNull();
	}
}
