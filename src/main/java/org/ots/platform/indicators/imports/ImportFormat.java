package org.ots.platform.indicators.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file layouts the platform reads and writes, with the publisher name under which their codes are mapped. */
enum ImportFormat {
	TIDY("tidy", "TIDY"), SDMX_CSV("sdmx-csv", "SDMX"), OWID("owid", "OWID"), WB("wb", "WB");

	private final String param;
	private final String publisher;

	ImportFormat(String param, String publisher) {
		this.param = param;
		this.publisher = publisher;
	}

	public String param() {
		return param;
	}

	/** The publisher column of indicator_mapping under which this layout's foreign indicator codes are mapped. */
	String publisher() {
		return publisher;
	}

	static Optional<ImportFormat> fromParam(String text) {
		if (text == null || text.isBlank() || text.equalsIgnoreCase("auto")) {
			return Optional.empty();
		}
		return Arrays.stream(values())
			.filter(f -> f.param.equalsIgnoreCase(text.trim()) || f.name().equalsIgnoreCase(text.trim()))
			.findFirst()
			.or(() -> {
				throw new IllegalArgumentException("'" + text + "' is not a format: use tidy, sdmx-csv, owid or wb");
			});
	}

	/** Recognises a layout by the first line of the file (without byte order mark). */
	static ImportFormat detect(String firstLine) {
		String line = firstLine.trim().toUpperCase(Locale.ROOT).replace("\"", "");
		if (line.startsWith("DATA SOURCE,")) {
			return WB;
		}
		if (line.startsWith("DATAFLOW") || line.startsWith("STRUCTURE")) {
			return SDMX_CSV;
		}
		if (line.startsWith("ENTITY,CODE,YEAR,")) {
			return OWID;
		}
		return TIDY;
	}
}
