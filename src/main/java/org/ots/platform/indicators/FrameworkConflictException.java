package org.ots.platform.indicators;

/**
 * A change of the framework clashes with what is stored: someone else saved a newer version meanwhile, or the
 * item is still in use and cannot be removed. Nothing was written. The versions are null where they do not apply.
 */
public class FrameworkConflictException extends RuntimeException {

	private final Integer currentVersion;
	private final Integer attemptedVersion;

	FrameworkConflictException(String message, Integer currentVersion, Integer attemptedVersion) {
		super(message);
		this.currentVersion = currentVersion;
		this.attemptedVersion = attemptedVersion;
	}

	static FrameworkConflictException inUse(String message) {
		return new FrameworkConflictException(message, null, null);
	}

	static FrameworkConflictException stale(String what, Object key, int current, int attempted) {
		return new FrameworkConflictException(what + " '" + key + "' was changed by someone else meanwhile (it is now at version "
				+ current + ", you edited version " + attempted + "). Nothing was saved: reload it and apply your change again.",
				current, attempted);
	}

	public Integer currentVersion() {
		return currentVersion;
	}

	public Integer attemptedVersion() {
		return attemptedVersion;
	}
}
