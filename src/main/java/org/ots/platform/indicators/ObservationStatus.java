package org.ots.platform.indicators;

/** How final a value is, as statistical offices label them. */
public enum ObservationStatus {
	PROVISIONAL, FINAL, ESTIMATE;

	/** Reads the status column of a file: the name, or SDMX's OBS_STATUS codes (A normal, P provisional, E estimated). */
	public static ObservationStatus parse(String text) {
		if (text == null || text.isBlank()) {
			return FINAL;
		}
		return switch (text.trim().toUpperCase()) {
			case "FINAL", "A", "F" -> FINAL;
			case "PROVISIONAL", "P" -> PROVISIONAL;
			case "ESTIMATE", "E" -> ESTIMATE;
			default -> throw new IllegalArgumentException(
					"'" + text + "' is not a status: write FINAL, PROVISIONAL or ESTIMATE (or A, P, E)");
		};
	}
}
