package org.ots.platform.commitments;

/** Which commitments to list; a null or blank field does not filter. {@code initiative} is a document code. */
public record CommitmentQuery(String area, String state, String initiative, String indicator) {

	public static final CommitmentQuery ALL = new CommitmentQuery(null, null, null, null);

	public CommitmentQuery {
		area = clean(area);
		state = clean(state);
		initiative = clean(initiative);
		indicator = clean(indicator);
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.trim().toUpperCase();
	}
}
