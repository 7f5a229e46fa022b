package org.ots.platform.experts;

import java.time.Instant;

/** The file of a product as its page shows it; the content itself is read only for a download. */
record ProductFile(String fileName, String mediaType, long size, String sha256, String uploadedBy, Instant uploadedAt) {
}
