package org.ots.platform.commitments;

import java.util.Map;

/** A document or commitment was refused; {@link #errors()} says why, field by field. Nothing was written. */
public class InvalidCommitmentException extends RuntimeException {

	private final Map<String, String> errors;

	InvalidCommitmentException(Map<String, String> errors) {
		super("Not saved: " + String.join("; ", errors.values()));
		this.errors = Map.copyOf(errors);
	}

	public Map<String, String> errors() {
		return errors;
	}
}
