package org.ots.platform.monitoring;

import java.util.Map;

import org.ots.platform.identity.CurrentUser;
import org.ots.platform.identity.Role;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.states.States;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The monitoring board page: open alerts first, most severe first, filtered by area, state, severity and status;
 * the acknowledgement form for the Secretariat and experts; the user's own subscriptions. Plain forms, so it works
 * without JavaScript.
 */
@Controller
@RequestMapping("/monitoring")
class AlertBoardPages {

	/** The board's filters as the query string carries them; unknown values filter nothing. */
	record BoardFilter(String area, String state, String severity, String status) {

		Alerts.Filter toFilter() {
			return new Alerts.Filter(blankToNull(area), blankToNull(state), chosenSeverity(),
					"open".equals(status) ? Boolean.TRUE : "acknowledged".equals(status) ? Boolean.FALSE : null);
		}

		private AlertSeverity chosenSeverity() {
			for (AlertSeverity s : AlertSeverity.values()) {
				if (s.name().equals(severity)) {
					return s;
				}
			}
			return null;
		}

		private static String blankToNull(String text) {
			return text == null || text.isBlank() ? null : text.trim().toUpperCase();
		}
	}

	private final AlertBoard board;
	private final AlertSubscriptions subscriptions;
	private final IndicatorCatalog catalog;
	private final States states;

	AlertBoardPages(AlertBoard board, AlertSubscriptions subscriptions, IndicatorCatalog catalog, States states) {
		this.board = board;
		this.subscriptions = subscriptions;
		this.catalog = catalog;
		this.states = states;
	}

	@GetMapping("/alerts")
	String board(BoardFilter filter, Model model) {
		return page(filter, model, null, Map.of());
	}

	@PostMapping("/alerts/{id}/acknowledge")
	String acknowledge(@PathVariable long id, @RequestParam(required = false) String comment, Model model) {
		try {
			board.acknowledge(id, comment);
			return "redirect:/monitoring/alerts?acknowledged#alert-" + id;
		}
		catch (AlertInputException e) {
			return page(new BoardFilter(null, null, null, null), model, id, e.errors());
		}
		catch (AlertConflictException e) {
			return page(new BoardFilter(null, null, null, null), model, id, Map.of("comment", e.key()));
		}
	}

	@PostMapping("/subscriptions")
	String subscribe(@RequestParam(required = false) String areaCode, @RequestParam(required = false) String stateCode,
			Model model) {
		try {
			subscriptions.subscribe(areaCode, stateCode);
			return "redirect:/monitoring/alerts?subscribed";
		}
		catch (AlertInputException e) {
			return page(new BoardFilter(null, null, null, null), model, null, e.errors());
		}
	}

	@PostMapping("/subscriptions/{id}/delete")
	String unsubscribe(@PathVariable long id) {
		subscriptions.unsubscribe(id);
		return "redirect:/monitoring/alerts?unsubscribed";
	}

	private String page(BoardFilter filter, Model model, Long failedAlert, Map<String, String> errors) {
		CurrentUser user = AlertBoard.reader();
		boolean coordinator = user.role() == Role.NATIONAL_COORDINATOR;
		model.addAttribute("alerts", board.visible(filter.toFilter()));
		model.addAttribute("filter", filter);
		model.addAttribute("mayAcknowledge", AlertRule.mayWriteRules(user));
		model.addAttribute("ownStateOnly", coordinator ? user.stateCode() : null);
		model.addAttribute("subscriptions", subscriptions.mine());
		model.addAttribute("areas", catalog.areas());
		model.addAttribute("states", coordinator ? states.find(user.stateCode()).stream().toList() : states.all());
		model.addAttribute("severities", AlertSeverity.values());
		model.addAttribute("failedAlert", failedAlert);
		model.addAttribute("errors", errors);
		return "monitoring/alerts";
	}
}
