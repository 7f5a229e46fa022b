package org.ots.platform.indicators.imports;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** One file layout: reads the records of a file and hands each value to the checker. */
interface Layout {

	void read(CsvReader csv, ReadContext context) throws IOException;

	static Layout of(ImportFormat format) {
		return switch (format) {
			case TIDY -> new TidyLayout();
			case SDMX_CSV -> new SdmxCsvLayout();
			case OWID -> new OwidLayout();
			case WB -> new WorldBankLayout();
		};
	}

	/** The next record that is not an empty line, or null at the end. */
	static List<String> nextNonEmpty(CsvReader csv) throws IOException {
		List<String> record;
		do {
			record = csv.next();
		}
		while (record != null && record.size() == 1 && record.get(0).isBlank());
		return record;
	}

	static String field(List<String> record, int index) {
		return index >= 0 && index < record.size() ? record.get(index) : null;
	}

	static String normalise(String header) {
		return header.trim().toLowerCase(Locale.ROOT);
	}

	/** A publisher code for a foreign indicator or column that nobody has mapped to ours yet. */
	final class UnmappedCode extends RuntimeException {

		private final String code;

		UnmappedCode(String code) {
			super("'" + code + "' is not mapped to an indicator of the framework");
			this.code = code;
		}

		String code() {
			return code;
		}
	}
}
