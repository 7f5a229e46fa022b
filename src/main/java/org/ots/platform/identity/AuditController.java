package org.ots.platform.identity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ots.platform.states.States;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Secretariat's view of the audit trail (SecurityConfiguration lets only the Secretariat in). */
@Controller
class AuditController {

	private final AuditQuery query;
	private final States states;
	private final MessageSource messages;

	AuditController(AuditQuery query, States states, MessageSource messages) {
		this.query = query;
		this.states = states;
		this.messages = messages;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) String state, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "0") String page, Model model,
			Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		AuditQuery.Filter filter = new AuditQuery.Filter(actor, action, entityType, entityId, state,
				date(from, "from", errors, locale), date(to, "to", errors, locale));
		AuditQuery.Page result = query.find(filter, pageNumber(page));
		model.addAttribute("filter", filter);
		model.addAttribute("params", new Params(actor, action, entityType, entityId, state, from, to));
		model.addAttribute("errors", errors);
		model.addAttribute("result", result);
		model.addAttribute("rows", result.entries().stream().map(Row::of).toList());
		model.addAttribute("actors", query.actors());
		model.addAttribute("actions", query.actions());
		model.addAttribute("entityTypes", query.entityTypes());
		model.addAttribute("states", states.all());
		return "identity/audit";
	}

	private LocalDate date(String text, String field, Map<String, String> errors, Locale locale) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException invalid) {
			errors.put(field, messages.getMessage("identity.audit.date.invalid", null, locale));
			return null;
		}
	}

	private static int pageNumber(String text) {
		try {
			return Math.max(0, Integer.parseInt(text.trim()));
		}
		catch (NumberFormatException invalid) {
			return 0;
		}
	}

	/** The filter as typed, so the page links keep it and the form shows it back. */
	record Params(String actor, String action, String entityType, String entityId, String state, String from,
			String to) {
	}

	record Row(AuditQuery.Entry entry, String before, String after, List<String> changed) {

		static Row of(AuditQuery.Entry entry) {
			return new Row(entry, ReadableValue.pretty(entry.before()), ReadableValue.pretty(entry.after()),
					ReadableValue.changedFields(entry.before(), entry.after()));
		}
	}
}
