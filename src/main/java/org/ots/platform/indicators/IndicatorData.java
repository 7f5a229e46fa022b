package org.ots.platform.indicators;

import org.ots.platform.shared.LocalizedText;

/**
 * The editable content of an indicator as the Secretariat's forms and the API carry it; still loosely typed
 * (direction and periodicity as text) so that a wrong entry is reported next to its field rather than refused
 * as unreadable. {@code version} is the version the editor read (null when creating).
 */
public record IndicatorData(String code, String areaCode, LocalizedText name, LocalizedText definition, String unit,
		Integer decimals, String periodicity, String direction, Double lowerLimit, Double upperLimit, String source,
		String sourceUrl, String methodology, String formula, Integer version) {

	public static IndicatorData of(Indicator i) {
		return new IndicatorData(i.code(), i.areaCode(), i.name(), i.definition(), i.unit(), i.decimals(),
				i.periodicity(), i.direction().name(), i.lowerLimit(), i.upperLimit(), i.source(), i.sourceUrl(),
				i.methodology(), i.formula(), i.version());
	}
}
