package org.ots.platform.indicators.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes; CR, LF or CRLF) and
 * knows the physical line each record starts on, so that errors point to the line an editor shows. Written by
 * hand because an import of a million rows spends most of its parsing time here.
 */
final class CsvReader implements Closeable {

	private final Reader in;
	private final char[] buffer = new char[1 << 16];
	private final List<String> fields = new ArrayList<>();
	private final StringBuilder field = new StringBuilder();
	private int position;
	private int length;
	private int line = 1;
	private int recordLine;

	CsvReader(Reader in) {
		this.in = in;
	}

	/** The fields of the next record (reused between calls), or null at the end; an empty line gives one empty field. */
	List<String> next() throws IOException {
		int c = read();
		if (c < 0) {
			return null;
		}
		recordLine = line;
		fields.clear();
		field.setLength(0);
		boolean quoted = false;
		while (true) {
			if (c == '"' && !quoted && field.length() == 0) {
				quoted = true;
				readQuoted();
				c = read();
				continue;
			}
			if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				quoted = false;
			}
			else if (c < 0 || c == '\n' || c == '\r') {
				if (c == '\r' && peek() == '\n') {
					read();
				}
				if (c >= 0) {
					line++;
				}
				fields.add(field.toString());
				return fields;
			}
			else {
				field.append((char) c);
			}
			c = read();
		}
	}

	/** The physical line (from 1) on which the last record returned began. */
	int recordLine() {
		return recordLine;
	}

	private void readQuoted() throws IOException {
		while (true) {
			int c = read();
			if (c < 0) {
				throw new MalformedCsvException(recordLine, "a quoted value opened on this line is never closed");
			}
			if (c == '"') {
				if (peek() != '"') {
					return;
				}
				read();
			}
			else if (c == '\n' || (c == '\r' && peek() != '\n')) {
				line++;
			}
			field.append((char) c);
		}
	}

	private int read() throws IOException {
		if (position == length && !fill()) {
			return -1;
		}
		return buffer[position++];
	}

	private int peek() throws IOException {
		if (position == length && !fill()) {
			return -1;
		}
		return buffer[position];
	}

	private boolean fill() throws IOException {
		length = in.read(buffer, 0, buffer.length);
		position = 0;
		if (length <= 0) {
			length = 0;
			return false;
		}
		return true;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** The file breaks the CSV syntax itself, so no later line can be read reliably. */
	static final class MalformedCsvException extends IOException {

		private final int line;

		MalformedCsvException(int line, String message) {
			super(message);
			this.line = line;
		}

		int line() {
			return line;
		}
	}
}
