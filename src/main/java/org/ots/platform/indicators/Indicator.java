package org.ots.platform.indicators;

import org.ots.platform.shared.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One measure of the framework. Codes follow the World Bank's where the World Bank publishes the series, so
 * that its files import without mapping; the platform's own series carry an area prefix. The natural limits
 * (such as 0 and 100 for a share) bound what a valid value can be.
 */
@Table("indicator")
public record Indicator(@Id String code, String areaCode, String nameEn, String nameRu, String nameTr,
		String definitionEn, String definitionRu, String definitionTr, String unit, int decimals, String periodicity,
		Direction direction, Double lowerLimit, Double upperLimit, String source, String sourceUrl,
		String methodology, String formula, @Version Integer version) {

	public LocalizedText name() {
		return new LocalizedText(nameEn, nameRu, nameTr);
	}

	public LocalizedText definition() {
		return new LocalizedText(definitionEn, definitionRu, definitionTr);
	}

	/** Why a value cannot be right for this indicator, or null when it is within the natural limits. */
	public String limitViolation(double value) {
		if (lowerLimit != null && value < lowerLimit) {
			return "below the natural limit " + lowerLimit + " of " + unit;
		}
		if (upperLimit != null && value > upperLimit) {
			return "above the natural limit " + upperLimit + " of " + unit;
		}
		return null;
	}
}
