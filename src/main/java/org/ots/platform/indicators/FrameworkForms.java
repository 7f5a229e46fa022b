package org.ots.platform.indicators;

import java.util.Map;

import org.ots.platform.shared.LocalizedText;

/**
 * The Secretariat's framework forms as typed in the browser: text until checked, so that "12,5" or "abc" in a
 * number field is reported next to the field instead of failing the request.
 */
final class FrameworkForms {

	private FrameworkForms() {
	}

	record AreaForm(String code, String nameEn, String nameRu, String nameTr, String sortOrder, String version) {

		static AreaForm of(Area a) {
			return new AreaForm(a.code(), a.nameEn(), a.nameRu(), a.nameTr(), String.valueOf(a.sortOrder()),
					String.valueOf(a.version()));
		}

		static AreaForm empty() {
			return new AreaForm("", "", "", "", "", "");
		}

		AreaData toData(Map<String, String> errors) {
			return new AreaData(code, new LocalizedText(nameEn, nameRu, nameTr), integer(sortOrder, "sortOrder", errors),
					integer(version, "version", errors));
		}
	}

	record IndicatorForm(String code, String areaCode, String nameEn, String nameRu, String nameTr, String definitionEn,
			String definitionRu, String definitionTr, String unit, String decimals, String periodicity, String direction,
			String lowerLimit, String upperLimit, String source, String sourceUrl, String methodology, String formula,
			String version) {

		static IndicatorForm of(Indicator i) {
			return new IndicatorForm(i.code(), i.areaCode(), i.nameEn(), i.nameRu(), i.nameTr(), i.definitionEn(),
					i.definitionRu(), i.definitionTr(), i.unit(), String.valueOf(i.decimals()), i.periodicity(),
					i.direction().name(), text(i.lowerLimit()), text(i.upperLimit()), i.source(), i.sourceUrl(),
					i.methodology(), i.formula(), String.valueOf(i.version()));
		}

		static IndicatorForm empty() {
			return new IndicatorForm("", "", "", "", "", "", "", "", "", "1", "ANNUAL", "INCREASE", "", "", "", "", "",
					"", "");
		}

		IndicatorData toData(Map<String, String> errors) {
			return new IndicatorData(code, areaCode, new LocalizedText(nameEn, nameRu, nameTr),
					new LocalizedText(definitionEn, definitionRu, definitionTr), unit, integer(decimals, "decimals", errors),
					periodicity, direction, number(lowerLimit, "lowerLimit", errors),
					number(upperLimit, "upperLimit", errors), source, sourceUrl, methodology, formula,
					integer(version, "version", errors));
		}
	}

	record TargetForm(String stateCode, String value, String year, String origin, String version) {

		static TargetForm of(Target t) {
			return new TargetForm(t.stateCode(), text(t.targetValue()), String.valueOf(t.targetYear()), t.origin(),
					String.valueOf(t.version()));
		}

		static TargetForm empty() {
			return new TargetForm("", "", "", "", "");
		}

		TargetData toData(Map<String, String> errors) {
			return new TargetData(null, null, stateCode, number(value, "value", errors), integer(year, "year", errors),
					origin, null, integer(version, "version", errors));
		}
	}

	/** Service errors name nested JSON fields (name.en); the forms name them flat (nameEn). */
	static String formField(String field) {
		int dot = field.indexOf('.');
		return dot < 0 ? field
				: field.substring(0, dot) + Character.toUpperCase(field.charAt(dot + 1)) + field.substring(dot + 2);
	}

	static Integer integer(String text, String field, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException e) {
			errors.put(field, "'" + text + "' is not a whole number");
			return null;
		}
	}

	static Double number(String text, String field, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		ValueCheck check = ValueCheck.empty();
		Double value = ObservationValidator.number(text, check);
		if (value == null) {
			errors.put(field, "'" + text + "' is not a number");
		}
		return value;
	}

	private static String text(Double value) {
		return value == null ? "" : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
