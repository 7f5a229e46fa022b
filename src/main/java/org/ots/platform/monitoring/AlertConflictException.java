package org.ots.platform.monitoring;

/**
 * A change that lost against another: a rule someone else saved after the version the user read, or an alert
 * already acknowledged. The message key (monitoring bundle) says which; nothing was written.
 */
class AlertConflictException extends RuntimeException {

	private final String key;

	AlertConflictException(String key) {
		super(key);
		this.key = key;
	}

	String key() {
		return key;
	}
}
