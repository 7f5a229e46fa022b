package org.ots.platform.shared;

/** Something a user asked for by its code or id does not exist; pages answer 404, the API a problem detail. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object key) {
		super(what + " '" + key + "' does not exist");
	}
}
