package org.ots.platform.indicators;

/**
 * A target as forms and the API carry it. A null {@code stateCode} means the target applies to every state.
 * {@code id}, {@code indicatorCode} and {@code commitmentId} are ignored on input: the address names the
 * indicator, and links to commitments are made by the commitments module.
 */
public record TargetData(Long id, String indicatorCode, String stateCode, Double value, Integer year, String origin,
		Long commitmentId, Integer version) {

	public static TargetData of(Target t) {
		return new TargetData(t.id(), t.indicatorCode(), t.stateCode(), t.targetValue(), t.targetYear(), t.origin(),
				t.commitmentId(), t.version());
	}
}
