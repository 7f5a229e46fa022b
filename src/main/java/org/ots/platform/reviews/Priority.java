package org.ots.platform.reviews;

/** How urgent a recommendation is, as the review report states it. */
public enum Priority {
	HIGH, MEDIUM, LOW
}
