package org.ots.platform.states;

import org.ots.platform.shared.LocalizedText;

/**
 * A state taking part in the OTS, or the OTS itself as the "state" of regional aggregate series.
 * Codes are ISO 3166-1 alpha-3 where one exists; the Turkish Cypriot State uses the user-assigned XNC.
 */
public record State(String code, String isoCode, Kind kind, LocalizedText name, int sortOrder) {

	public enum Kind {
		MEMBER, OBSERVER, AGGREGATE
	}

	public boolean isMember() {
		return kind == Kind.MEMBER;
	}

	public boolean isAggregate() {
		return kind == Kind.AGGREGATE;
	}
}
