package org.ots.platform.monitoring;

/** An index definition someone else saved after the version the user read; nothing was written. */
class IndexConflictException extends RuntimeException {

	IndexConflictException() {
		super("indices.conflict");
	}
}
