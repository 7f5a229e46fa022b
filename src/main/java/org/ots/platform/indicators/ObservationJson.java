package org.ots.platform.indicators;

import java.time.Instant;

/** An observation as the API shows it: with its source, status, reference and illustrative flags, and version. */
record ObservationJson(long id, String indicatorCode, String stateCode, String period, int year, String source,
		double value, ObservationStatus status, String note, boolean reference, boolean illustrative, String changedBy,
		Instant changedAt, int version) {

	static ObservationJson of(Observation o) {
		return new ObservationJson(o.id(), o.indicatorCode(), o.stateCode(), o.period().code(), o.period().year(),
				o.source(), o.value(), o.status(), o.note(), o.reference(), o.illustrative(), o.changedBy(),
				o.changedAt(), o.version());
	}
}
