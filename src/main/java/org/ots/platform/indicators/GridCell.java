package org.ots.platform.indicators;

/**
 * One cell of the data entry grid as the page shows it: the value of the row's source for one year, what the
 * last attempt to save it gave ({@link Outcome}) and, on a conflict, the version someone else saved.
 *
 * @param text the value as it stands in the input (the stored one, or what the person typed if it was refused)
 * @param stored the stored value of the row's source, null when there is none
 * @param version the version the person is editing; after a conflict still the one they had, so that only a
 *        deliberate choice overwrites the other person's value
 * @param reference the reference value from another source, shown as a hint when the row's source has none
 * @param theirs on a conflict, the version someone else saved meanwhile (null if they removed it)
 */
record GridCell(Indicator indicator, String state, String period, String source, String text, Observation stored,
		Integer version, Observation reference, Outcome outcome, String message, Observation theirs) {

	enum Outcome {
		NONE, SAVED, WARNING, DELETED, INVALID, CONFLICT, FORBIDDEN;

		public boolean isError() {
			return this == INVALID || this == CONFLICT || this == FORBIDDEN;
		}
	}

	static GridCell of(Indicator indicator, String state, String period, String source, Observation stored,
			Observation reference) {
		return new GridCell(indicator, state, period, source, stored == null ? "" : plain(stored.value()), stored,
				stored == null ? null : stored.version(), reference, Outcome.NONE, null, null);
	}

	GridCell with(Outcome outcome, String message) {
		return new GridCell(indicator, state, period, source, text, stored, version, reference, outcome, message, theirs);
	}

	GridCell typed(String typed, Integer editedVersion, Outcome outcome, String message, Observation theirs) {
		return new GridCell(indicator, state, period, source, typed, stored, editedVersion, reference, outcome, message,
				theirs);
	}

	/** Id of the cell's element, unique in the grid (indicator codes contain dots, which ids may hold). */
	public String domId() {
		return "cell-" + indicator.code().replace('.', '_') + "-" + period;
	}

	public String messageId() {
		return domId() + "-msg";
	}

	public String referenceText() {
		return reference == null ? "" : plain(reference.value());
	}

	public String theirsText() {
		return theirs == null ? "" : plain(theirs.value());
	}

	/** A value as an input shows it: full precision, no grouping, a point for decimals, so it reads back unchanged. */
	static String plain(double value) {
		return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
