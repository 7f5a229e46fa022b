package org.ots.platform.experts;

/** What an analytical product is: a short brief, a longer study, or a foresight report looking ahead. */
public enum ProductKind {
	BRIEF, STUDY, FORESIGHT_REPORT
}
