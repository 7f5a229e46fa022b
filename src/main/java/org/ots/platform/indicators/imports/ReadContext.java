package org.ots.platform.indicators.imports;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/** What a layout reports to while it reads a file: rows to check, file-level errors, skipped rows, progress. */
final class ReadContext {

	private final RowChecker checker;
	private final ImportErrors errors;
	private final IntConsumer progress;
	private final Map<String, Integer> skipped = new TreeMap<>();
	private int skippedRows;

	ReadContext(RowChecker checker, ImportErrors errors, IntConsumer progress) {
		this.checker = checker;
		this.errors = errors;
		this.progress = progress;
	}

	RowChecker checker() {
		return checker;
	}

	ImportErrors errors() {
		return errors;
	}

	/** A row for a country or region outside the platform: not imported, but counted per code for the summary. */
	void skip(String code) {
		skipped.merge(code == null || code.isBlank() ? "(no code)" : code.trim(), 1, Integer::sum);
		skippedRows++;
	}

	int skippedRows() {
		return skippedRows;
	}

	Map<String, Integer> skipped() {
		return skipped;
	}

	void progress(int line) {
		progress.accept(line);
	}

	/** A column the file must have is missing: the file cannot be read at all. */
	void missingColumn(String name, String accepted) {
		errors.add(1, name, "the header has no " + name + " column (accepted names: " + accepted + ")");
	}
}
