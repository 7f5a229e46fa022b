package org.ots.platform.monitoring;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.states.States;
import org.springframework.stereotype.Component;

/**
 * Reads a rule from its form: every field checked, every mistake reported beside its field at once. The parameters
 * a kind needs are required; those it does not use are dropped, so a rule never carries a stale bound.
 */
@Component
class AlertRuleValidator {

	/** What a valid edit says; owner, times and version are the service's. */
	record Checked(String name, AlertKind kind, String indicatorCode, String areaCode, String stateCode,
			AlertSeverity severity, AlertRule.Comparison comparison, Double bound, AlertRule.ChangeMode changeMode,
			AlertRule.OutlierMethod outlierMethod, MonthDay deadline, boolean active) {
	}

	private final IndicatorCatalog catalog;
	private final States states;

	AlertRuleValidator(IndicatorCatalog catalog, States states) {
		this.catalog = catalog;
		this.states = states;
	}

	Checked check(AlertRuleEdit edit) {
		Map<String, String> errors = new LinkedHashMap<>();
		String name = trim(edit.name());
		if (name == null || name.length() > 200) {
			errors.put("name", "alerts.error.name");
		}
		AlertKind kind = choice(AlertKind.class, edit.kind(), "kind", errors);
		AlertSeverity severity = choice(AlertSeverity.class, edit.severity(), "severity", errors);
		String indicator = trim(edit.indicatorCode());
		String area = trim(edit.areaCode());
		String state = trim(edit.stateCode()) == null ? null : edit.stateCode().trim().toUpperCase();
		if ((indicator == null) == (area == null)) {
			errors.put("indicatorCode", "alerts.error.scope");
		}
		else if (indicator != null && catalog.find(indicator).isEmpty()) {
			errors.put("indicatorCode", "alerts.error.indicator");
		}
		else if (area != null && catalog.areas().stream().noneMatch(a -> a.code().equals(area))) {
			errors.put("areaCode", "alerts.error.area");
		}
		if (state != null && !states.exists(state)) {
			errors.put("stateCode", "alerts.error.state");
		}
		AlertRule.Comparison comparison = null;
		Double bound = null;
		AlertRule.ChangeMode changeMode = null;
		AlertRule.OutlierMethod outlierMethod = null;
		MonthDay deadline = null;
		if (kind == AlertKind.THRESHOLD) {
			comparison = choice(AlertRule.Comparison.class, edit.comparison(), "comparison", errors);
			if (comparison == AlertRule.Comparison.EITHER) {
				errors.put("comparison", "alerts.error.comparison");
			}
			bound = number(edit.bound(), false, errors);
		}
		else if (kind == AlertKind.CHANGE) {
			comparison = choice(AlertRule.Comparison.class, edit.comparison(), "comparison", errors);
			changeMode = choice(AlertRule.ChangeMode.class, edit.changeMode(), "changeMode", errors);
			bound = number(edit.bound(), true, errors);
		}
		else if (kind == AlertKind.OUTLIER) {
			outlierMethod = choice(AlertRule.OutlierMethod.class, edit.outlierMethod(), "outlierMethod", errors);
			bound = trim(edit.bound()) == null ? null : number(edit.bound(), true, errors);
		}
		else if (kind == AlertKind.MISSING_AFTER_DEADLINE) {
			deadline = deadline(edit.deadline(), errors);
		}
		if (!errors.isEmpty()) {
			throw new AlertInputException(errors);
		}
		return new Checked(name, kind, indicator, area, state, severity, comparison, bound, changeMode, outlierMethod,
				deadline, !"false".equalsIgnoreCase(trim(edit.active())));
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String text, String field, Map<String, String> errors) {
		String value = trim(text);
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value)) {
				return constant;
			}
		}
		errors.put(field, "alerts.error." + field);
		return null;
	}

	/** A finite number; {@code positive} for bounds of changes and outlier tests, which are distances. */
	private static Double number(String text, boolean positive, Map<String, String> errors) {
		try {
			double value = Double.parseDouble(trim(text) == null ? "" : text.trim().replace(',', '.'));
			if (Double.isFinite(value) && (!positive || value > 0)) {
				return value;
			}
		}
		catch (NumberFormatException notANumber) {
			// reported below
		}
		errors.put("bound", positive ? "alerts.error.boundPositive" : "alerts.error.bound");
		return null;
	}

	/** A day of the year as MM-DD. */
	private static MonthDay deadline(String text, Map<String, String> errors) {
		try {
			String value = trim(text);
			if (value != null && value.matches("\\d{2}-\\d{2}")) {
				return MonthDay.parse("--" + value);
			}
		}
		catch (DateTimeException notADay) {
			// reported below
		}
		errors.put("deadline", "alerts.error.deadline");
		return null;
	}

	private static String trim(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
