package org.ots.platform.experts;

/** A product's file with its content, for the download. */
record ProductDownload(String fileName, String mediaType, byte[] content) {
}
