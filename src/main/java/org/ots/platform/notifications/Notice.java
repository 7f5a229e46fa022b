package org.ots.platform.notifications;

/**
 * What to tell, before it is put into each recipient's language: the message keys are
 * {@code notifications.<key>.subject} and {@code notifications.<key>.body}, both formatted with the arguments.
 */
record Notice(String key, Object[] args, String link) {

	static Notice of(String key, String link, Object... args) {
		return new Notice(key, args, link);
	}
}
