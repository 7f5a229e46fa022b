package org.ots.platform.indicators;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * Says in the reader's language why a cell was refused. The validator's reasons are English sentences meant for
 * logs and the API; the grid names the same reasons from the message bundles, keeping the English text only
 * for a reason it does not know.
 */
final class CellMessages {

	private CellMessages() {
	}

	static String refusal(ValueCheck check, GridCell cell, String typed, MessageSource messages, Locale locale) {
		Map<String, String> errors = check.errors();
		if (errors.containsKey("period")) {
			return messages.getMessage("grid.error.period", new Object[] { cell.period() }, locale);
		}
		if (errors.containsKey("value")) {
			if (ObservationValidator.number(typed, ValueCheck.empty()) == null) {
				return messages.getMessage("grid.error.number", new Object[] { typed }, locale);
			}
			Indicator indicator = cell.indicator();
			return messages.getMessage("grid.error.limit", new Object[] { typed,
					limit(indicator.lowerLimit()), limit(indicator.upperLimit()), indicator.unit() }, locale);
		}
		if (errors.containsKey("source")) {
			return messages.getMessage("grid.error.source", null, locale);
		}
		return String.join("; ", errors.values());
	}

	private static String limit(Double limit) {
		return limit == null ? "-" : GridCell.plain(limit);
	}
}
