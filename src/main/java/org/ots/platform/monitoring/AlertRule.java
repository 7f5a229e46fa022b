package org.ots.platform.monitoring;

import java.time.Instant;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ots.platform.identity.CurrentUser;
import org.ots.platform.identity.Role;

/**
 * A rule the Secretariat or an expert wrote: which series it watches (one indicator or every indicator of an
 * area; one state, or all when {@code stateCode} is null), what it watches for ({@link AlertKind} and the
 * parameters of that kind; the others are null) and how severe its alerts are. A deactivated rule raises nothing
 * until it is activated again; its earlier alerts stay on the board. The Secretariat may change every rule, an
 * expert the rules the expert owns.
 */
record AlertRule(Long id, String name, AlertKind kind, String indicatorCode, String areaCode, String stateCode,
		AlertSeverity severity, Comparison comparison, Double bound, ChangeMode changeMode, OutlierMethod outlierMethod,
		MonthDay deadline, boolean active, String owner, Instant createdAt, Instant updatedAt, int version) {

	/** Which side of the bound fires: for THRESHOLD above or below it, for CHANGE a rise, a fall, or either. */
	enum Comparison {
		ABOVE, BELOW, EITHER
	}

	/** A CHANGE in the indicator's unit, or in percent of the earlier value. */
	enum ChangeMode {
		ABSOLUTE, PERCENT
	}

	/**
	 * The outlier tests DHIS2 offers: the modified z-score of Iglewicz and Hoaglin (bound 3.5 unless set) and the
	 * interquartile rule (outside Q1 - k IQR .. Q3 + k IQR, k = 1.5 unless set).
	 */
	enum OutlierMethod {
		MODIFIED_Z(3.5), IQR(1.5);

		final double defaultBound;

		OutlierMethod(double defaultBound) {
			this.defaultBound = defaultBound;
		}
	}

	/** Who may write rules and acknowledge alerts: the Secretariat and experts. */
	static boolean mayWriteRules(CurrentUser user) {
		return user.isSecretariat() || user.role() == Role.EXPERT;
	}

	boolean mayBeChangedBy(CurrentUser user) {
		return user.isSecretariat() || (user.role() == Role.EXPERT && owner.equals(user.username()));
	}

	/** Whether a series of {@code indicator} (of area {@code indicatorArea}) in {@code state} is watched. */
	boolean covers(String indicator, String indicatorArea, String state) {
		boolean indicatorCovered = indicatorCode != null ? indicatorCode.equals(indicator) : areaCode.equals(indicatorArea);
		return indicatorCovered && (stateCode == null || stateCode.equals(state));
	}

	/** The bound an OUTLIER rule uses: its own or its method's default. */
	double outlierBound() {
		return bound != null ? bound : outlierMethod.defaultBound;
	}

	AlertRule withId(long newId) {
		return new AlertRule(newId, name, kind, indicatorCode, areaCode, stateCode, severity, comparison, bound,
				changeMode, outlierMethod, deadline, active, owner, createdAt, updatedAt, version);
	}

	/** What the audit trail keeps of a rule, before and after a change. */
	Map<String, Object> describe() {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("name", name);
		d.put("kind", kind.name());
		d.put("indicator", indicatorCode == null ? "" : indicatorCode);
		d.put("area", areaCode == null ? "" : areaCode);
		d.put("state", stateCode == null ? "" : stateCode);
		d.put("severity", severity.name());
		d.put("comparison", comparison == null ? "" : comparison.name());
		d.put("bound", bound == null ? "" : bound);
		d.put("changeMode", changeMode == null ? "" : changeMode.name());
		d.put("outlierMethod", outlierMethod == null ? "" : outlierMethod.name());
		d.put("deadline", deadline == null ? "" : deadlineText());
		d.put("active", active);
		d.put("owner", owner);
		d.put("version", version);
		return d;
	}

	/** The deadline as it is written: month and day, such as {@code 06-30}. */
	String deadlineText() {
		return deadline == null ? null : String.format("%02d-%02d", deadline.getMonthValue(), deadline.getDayOfMonth());
	}
}
