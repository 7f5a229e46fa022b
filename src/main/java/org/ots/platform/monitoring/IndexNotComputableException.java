package org.ots.platform.monitoring;

/**
 * A well-defined index that these data do not allow: geometric aggregation meeting a zero, a reference unit with no
 * value, a reference of zero. Unlike {@link InvalidIndexException} it depends on the data, so the same method may
 * work next year; sensitivity analysis reports such a variant as not computable instead of failing.
 */
public class IndexNotComputableException extends RuntimeException {

	IndexNotComputableException(String message) {
		super(message);
	}
}
