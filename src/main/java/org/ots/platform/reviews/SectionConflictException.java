package org.ots.platform.reviews;

/**
 * A section save made on an older version than the stored one: another coordinator saved meanwhile. Nothing is
 * overwritten; both texts are returned so that the writer can merge them and save again.
 */
public class SectionConflictException extends RuntimeException {

	private final String areaCode;
	private final String theirs;
	private final int currentVersion;
	private final String yours;

	SectionConflictException(ReportSection current, String yours) {
		super("Someone else saved this section meanwhile (version " + current.version() + ", by " + current.savedBy()
				+ "). Nothing was overwritten: compare both texts and save again.");
		this.areaCode = current.areaCode();
		this.theirs = current.narrative();
		this.currentVersion = current.version();
		this.yours = yours;
	}

	public String areaCode() {
		return areaCode;
	}

	public String theirs() {
		return theirs;
	}

	public int currentVersion() {
		return currentVersion;
	}

	public String yours() {
		return yours;
	}
}
