package org.ots.platform.indicators;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.ots.platform.shared.LocalizedText;
import org.ots.platform.states.States;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What makes a framework entry usable: codes that files and URLs can carry, names in all three working
 * languages, a unit, limits that leave room for values, and targets in a year a review can still follow.
 */
@Component
class FrameworkRules {

	/** Area codes are short tags such as TRN or FOOD. */
	static final Pattern AREA_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");
	/** Indicator codes follow the World Bank's dotted style (SP.POP.TOTL) or carry an area prefix (CLI.CO2.PC). */
	static final Pattern INDICATOR_CODE = Pattern.compile("[A-Z][A-Z0-9_]*(\\.[A-Z0-9_]+)*");
	static final Set<String> PERIODICITIES = Set.of("ANNUAL", "QUARTERLY", "MONTHLY");
	static final int MAX_DECIMALS = 6;
	static final int FIRST_TARGET_YEAR = 2000;
	static final int LAST_TARGET_YEAR = 2100;

	private final Areas areas;
	private final Indicators indicators;
	private final States states;
	private final JdbcClient jdbc;

	FrameworkRules(Areas areas, Indicators indicators, States states, JdbcClient jdbc) {
		this.areas = areas;
		this.indicators = indicators;
		this.states = states;
		this.jdbc = jdbc;
	}

	void checkArea(AreaData data, boolean creating) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (creating) {
			code(data.code(), AREA_CODE, 20, "an area code such as TRN or FOOD (capital letters, digits, _)", errors);
			if (!errors.containsKey("code") && areas.existsById(data.code().trim())) {
				errors.put("code", "an area with the code " + data.code().trim() + " exists already");
			}
		}
		names("name", data.name(), 120, true, errors);
		if (data.sortOrder() != null && (data.sortOrder() < 0 || data.sortOrder() > 9999)) {
			errors.put("sortOrder", "the position is a number from 0 to 9999");
		}
		throwIfAny(errors);
	}

	void checkIndicator(IndicatorData data, boolean creating) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (creating) {
			code(data.code(), INDICATOR_CODE, 40, "an indicator code such as SP.POP.TOTL or CLI.CO2.PC", errors);
			if (!errors.containsKey("code") && indicators.existsById(data.code().trim())) {
				errors.put("code", "an indicator with the code " + data.code().trim() + " exists already");
			}
		}
		if (blank(data.areaCode())) {
			errors.put("areaCode", "choose the area");
		}
		else if (!areas.existsById(data.areaCode().trim())) {
			errors.put("areaCode", "unknown area '" + data.areaCode() + "'");
		}
		names("name", data.name(), 200, true, errors);
		LocalizedText definition = data.definition() == null ? new LocalizedText(null, null, null) : data.definition();
		if (blank(definition.en())) {
			errors.put("definition.en", "write the definition in English");
		}
		text("unit", data.unit(), 60, true, "name the unit (%, tonnes, US$, index ...)", errors);
		if (data.decimals() == null || data.decimals() < 0 || data.decimals() > MAX_DECIMALS) {
			errors.put("decimals", "decimals are a whole number from 0 to " + MAX_DECIMALS);
		}
		if (data.periodicity() != null && !data.periodicity().isBlank()
				&& !PERIODICITIES.contains(data.periodicity().trim().toUpperCase())) {
			errors.put("periodicity", "'" + data.periodicity() + "' is not a periodicity: ANNUAL, QUARTERLY or MONTHLY");
		}
		if (direction(data.direction()) == null) {
			errors.put("direction", "'" + data.direction() + "' is not a direction: INCREASE, DECREASE or NONE");
		}
		limits(data, errors);
		text("source", data.source(), 300, true, "name the source of the data", errors);
		sourceUrl(data.sourceUrl(), errors);
		text("formula", data.formula(), 300, false, null, errors);
		if (!creating && !errors.containsKey("lowerLimit") && !errors.containsKey("upperLimit")) {
			valuesStayWithinLimits(data, errors);
		}
		throwIfAny(errors);
	}

	void checkTarget(Indicator indicator, TargetData data) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (!blank(data.stateCode()) && !states.exists(data.stateCode())) {
			errors.put("stateCode", "unknown state '" + data.stateCode() + "'");
		}
		if (data.value() == null || data.value().isNaN() || data.value().isInfinite()) {
			errors.put("value", "enter the target value");
		}
		else if (indicator.limitViolation(data.value()) != null) {
			errors.put("value", data.value() + " is " + indicator.limitViolation(data.value()));
		}
		if (data.year() == null || data.year() < FIRST_TARGET_YEAR || data.year() > LAST_TARGET_YEAR) {
			errors.put("year", "the target year is from " + FIRST_TARGET_YEAR + " to " + LAST_TARGET_YEAR);
		}
		text("origin", data.origin(), 300, false, null, errors);
		throwIfAny(errors);
	}

	static Direction direction(String text) {
		if (text == null) {
			return null;
		}
		try {
			return Direction.valueOf(text.trim().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private void limits(IndicatorData data, Map<String, String> errors) {
		if (bad(data.lowerLimit())) {
			errors.put("lowerLimit", "the lower limit must be a finite number");
		}
		if (bad(data.upperLimit())) {
			errors.put("upperLimit", "the upper limit must be a finite number");
		}
		if (data.lowerLimit() != null && data.upperLimit() != null && !(data.lowerLimit() < data.upperLimit())) {
			errors.put("upperLimit", "the upper limit must be above the lower limit (" + data.lowerLimit() + ")");
		}
	}

	/** Narrowing the limits must not turn values already stored into impossible ones. */
	private void valuesStayWithinLimits(IndicatorData data, Map<String, String> errors) {
		String code = data.code().trim();
		if (data.lowerLimit() != null) {
			long below = jdbc.sql("SELECT COUNT(*) FROM observation WHERE indicator_code = ? AND obs_value < ?")
				.params(code, data.lowerLimit()).query(Long.class).single();
			if (below > 0) {
				errors.put("lowerLimit", below + " stored values are below " + data.lowerLimit() + ": correct them first");
			}
		}
		if (data.upperLimit() != null) {
			long above = jdbc.sql("SELECT COUNT(*) FROM observation WHERE indicator_code = ? AND obs_value > ?")
				.params(code, data.upperLimit()).query(Long.class).single();
			if (above > 0) {
				errors.put("upperLimit", above + " stored values are above " + data.upperLimit() + ": correct them first");
			}
		}
	}

	private static boolean bad(Double value) {
		return value != null && (value.isNaN() || value.isInfinite());
	}

	private static void code(String code, Pattern form, int max, String expected, Map<String, String> errors) {
		if (blank(code)) {
			errors.put("code", "enter the code");
		}
		else if (code.trim().length() > max || !form.matcher(code.trim()).matches()) {
			errors.put("code", "'" + code + "' is not " + expected + ", at most " + max + " characters");
		}
	}

	private static void names(String field, LocalizedText text, int max, boolean required, Map<String, String> errors) {
		LocalizedText t = text == null ? new LocalizedText(null, null, null) : text;
		text(field + ".en", t.en(), max, required, "write the name in English", errors);
		text(field + ".ru", t.ru(), max, required, "write the name in Russian", errors);
		text(field + ".tr", t.tr(), max, required, "write the name in Turkish", errors);
	}

	private static void text(String field, String value, int max, boolean required, String missing,
			Map<String, String> errors) {
		if (blank(value)) {
			if (required) {
				errors.put(field, missing);
			}
		}
		else if (value.trim().length() > max) {
			errors.put(field, "at most " + max + " characters");
		}
	}

	private static void sourceUrl(String url, Map<String, String> errors) {
		if (blank(url)) {
			return;
		}
		try {
			URI uri = new URI(url.trim());
			if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null
					|| url.trim().length() > 300) {
				errors.put("sourceUrl", "'" + url + "' is not a web address (https://...), at most 300 characters");
			}
		}
		catch (java.net.URISyntaxException e) {
			errors.put("sourceUrl", "'" + url + "' is not a web address (https://...)");
		}
	}

	private static void throwIfAny(Map<String, String> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidFrameworkChangeException(errors);
		}
	}
}
