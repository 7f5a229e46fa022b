package org.ots.platform.indicators.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Every bad row of a file. All are counted; the first {@link #LISTED} are kept for the page, which is more than
 * anyone reads before fixing the cause (usually one column or one code repeated on many lines).
 */
final class ImportErrors {

	static final int LISTED = 5000;

	private final List<RowError> listed = new ArrayList<>();
	private int count;

	void add(int line, String column, String message) {
		count++;
		if (listed.size() < LISTED) {
			listed.add(new RowError(line, column, message));
		}
	}

	boolean any() {
		return count > 0;
	}

	int count() {
		return count;
	}

	List<RowError> listed() {
		return listed;
	}
}
