package org.ots.platform.reviews;

/** How far a state says it has come with a commitment it is responsible for. */
public enum CommitmentProgress {
	NOT_STARTED, IN_PROGRESS, ACHIEVED, NOT_APPLICABLE
}
