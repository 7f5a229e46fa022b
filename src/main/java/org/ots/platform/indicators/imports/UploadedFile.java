package org.ots.platform.indicators.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded file on disk, checked before any parsing: within the size limit, valid UTF-8 (a byte order mark
 * is accepted and skipped), not empty. The check also counts the lines, which gives the progress bar its total.
 */
final class UploadedFile {

	private final Path path;
	private int lines;
	private String firstLine = "";
	private boolean bom;

	UploadedFile(Path path) {
		this.path = path;
	}

	/** Checks the file; on a problem returns the one error that makes the whole file unreadable, else null. */
	RowError check(long maxBytes) throws IOException {
		long size = Files.size(path);
		if (size > maxBytes) {
			return new RowError(0, "", tooLarge(size, maxBytes));
		}
		CharsetDecoder decoder = decoder();
		ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
		CharBuffer chars = CharBuffer.allocate(1 << 16);
		StringBuilder first = new StringBuilder();
		boolean firstDone = false;
		boolean content = false;
		int line = 1;
		try (InputStream in = Files.newInputStream(path)) {
			boolean end = false;
			boolean start = true;
			while (!end) {
				int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
				if (n < 0) {
					end = true;
				}
				else {
					bytes.position(bytes.position() + n);
				}
				bytes.flip();
				if (start && bytes.remaining() >= 3 || start && end) {
					start = false;
					if (bytes.remaining() >= 3 && (bytes.get(0) & 0xff) == 0xEF && (bytes.get(1) & 0xff) == 0xBB
							&& (bytes.get(2) & 0xff) == 0xBF) {
						bom = true;
						bytes.position(3);
					}
				}
				else if (start) {
					bytes.compact();
					continue;
				}
				CoderResult result;
				do {
					result = decoder.decode(bytes, chars, end);
					chars.flip();
					while (chars.hasRemaining()) {
						char c = chars.get();
						if (c == '\n') {
							line++;
							firstDone = true;
						}
						else if (!firstDone && c != '\r' && first.length() < 10_000) {
							first.append(c);
						}
						if (!content && !Character.isWhitespace(c)) {
							content = true;
						}
					}
					chars.clear();
					if (result.isError()) {
						return new RowError(line, "", "the file is not valid UTF-8 text (invalid bytes on this line): "
								+ "save it as UTF-8 (in a spreadsheet: CSV UTF-8) and upload it again");
					}
				}
				while (result.isOverflow());
				bytes.compact();
			}
			CoderResult flush = decoder.flush(chars);
			if (flush.isError()) {
				return new RowError(line, "", "the file is not valid UTF-8 text");
			}
		}
		if (!content) {
			return new RowError(0, "", "the file is empty");
		}
		this.lines = line;
		this.firstLine = first.toString();
		return null;
	}

	static String tooLarge(long size, long maxBytes) {
		return "the file has " + megabytes(size) + ", more than the limit of " + megabytes(maxBytes);
	}

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
	}

	/** A reader over the text after the byte order mark; it still refuses malformed bytes. */
	Reader reader() throws IOException {
		InputStream in = Files.newInputStream(path);
		if (bom) {
			in.skipNBytes(3);
		}
		return new InputStreamReader(in, decoder());
	}

	int lines() {
		return lines;
	}

	String firstLine() {
		return firstLine;
	}

	Path path() {
		return path;
	}

	private static CharsetDecoder decoder() {
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}
}
