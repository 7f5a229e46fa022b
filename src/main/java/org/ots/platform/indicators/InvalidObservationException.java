package org.ots.platform.indicators;

/** An entered value was refused; {@link #check()} says why, field by field. */
public class InvalidObservationException extends RuntimeException {

	private final transient ValueCheck check;

	InvalidObservationException(ValueCheck check) {
		super("The value was not saved: " + String.join("; ", check.errors().values()));
		this.check = check;
	}

	public ValueCheck check() {
		return check;
	}
}
