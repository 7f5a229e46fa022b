package org.ots.platform.commitments;

/**
 * Someone else saved or removed this document or commitment after the person started editing it. Nothing was
 * overwritten: the person reloads the stored version and applies their change again.
 */
public class OutdatedEditException extends RuntimeException {

	OutdatedEditException(String what, Object key) {
		super(what + " '" + key + "' was changed or removed by someone else while you were editing it. "
				+ "Nothing was overwritten: reload it and apply your change again.");
	}
}
