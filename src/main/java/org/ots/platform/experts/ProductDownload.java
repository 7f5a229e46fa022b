package org.ots.platform.experts;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A product's file with its content, for the download. */
record ProductDownload(String fileName, String mediaType, byte[] content) {

	/** Always a download, never shown inline: the file is the authors', the page around it is ours. */
	ResponseEntity<byte[]> asAttachment() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}
}
