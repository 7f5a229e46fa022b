package org.ots.platform.monitoring;

/**
 * A rule as the form or the API sends it: text, so that every mistake is reported beside its field. Only the
 * parameters of the chosen kind are read. {@code active} is "true" or "false" (missing: active);
 * {@code expectedVersion} is the version the user read (null for a new rule).
 */
record AlertRuleEdit(String name, String kind, String indicatorCode, String areaCode, String stateCode,
		String severity, String comparison, String bound, String changeMode, String outlierMethod, String deadline,
		String active, Integer expectedVersion) {

	static AlertRuleEdit empty() {
		return new AlertRuleEdit(null, null, null, null, null, AlertSeverity.WARNING.name(), null, null, null, null,
				null, "true", null);
	}

	static AlertRuleEdit of(AlertRule r) {
		return new AlertRuleEdit(r.name(), r.kind().name(), r.indicatorCode(), r.areaCode(), r.stateCode(),
				r.severity().name(), r.comparison() == null ? null : r.comparison().name(),
				r.bound() == null ? null : java.math.BigDecimal.valueOf(r.bound()).stripTrailingZeros().toPlainString(), r.changeMode() == null ? null : r.changeMode().name(),
				r.outlierMethod() == null ? null : r.outlierMethod().name(), r.deadlineText(), String.valueOf(r.active()),
				r.version());
	}
}
