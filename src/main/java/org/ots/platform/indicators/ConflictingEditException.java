package org.ots.platform.indicators;

/**
 * Someone else saved this value after the person started editing it. Nothing was written: the person sees
 * the stored version ({@code current}) beside their own ({@code attempted}) and decides.
 */
public class ConflictingEditException extends RuntimeException {

	private final transient Observation current;
	private final transient ObservationEdit attempted;

	ConflictingEditException(Observation current, ObservationEdit attempted) {
		super(current == null ? "The value was removed by someone else meanwhile."
				: "The value was changed by " + current.changedBy() + " at " + current.changedAt()
						+ " while you were editing it. Nothing was overwritten: compare both versions and save again.");
		this.current = current;
		this.attempted = attempted;
	}

	public Observation current() {
		return current;
	}

	public ObservationEdit attempted() {
		return attempted;
	}
}
