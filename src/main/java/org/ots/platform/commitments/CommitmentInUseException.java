package org.ots.platform.commitments;

/** A commitment cannot be removed while targets still name it as their origin. */
public class CommitmentInUseException extends RuntimeException {

	CommitmentInUseException(long id, int targets) {
		super("Commitment " + id + " is the origin of " + targets
				+ " target(s): remove or relink them in the indicator framework first.");
	}
}
