package org.ots.platform.reviews;

/** The Secretariat's assessment of a state's progress in one area, as a finding of the review report. */
public enum Assessment {
	ON_TRACK, PARTLY, OFF_TRACK, NOT_ASSESSED
}
