package org.ots.platform.monitoring;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monitoring board as JSON, with the board's rules: signed-in users, a coordinator only the own state's alerts;
 * acknowledgement by the Secretariat and experts. Subscriptions are the caller's own.
 */
@RestController
@RequestMapping("/api/v1")
class AlertsApi {

	/** An alert; {@code message} says why in the request's language, {@code reasonArgs} are its numbers. */
	record AlertJson(long id, long ruleId, String rule, AlertKind kind, AlertSeverity severity, String indicator,
			String area, String state, String period, Double value, String message, List<String> reasonArgs,
			boolean illustrative, Instant raisedAt, boolean open, String acknowledgedBy, Instant acknowledgedAt,
			String comment) {
	}

	record Acknowledgement(String comment) {
	}

	record SubscriptionRequest(String areaCode, String stateCode) {
	}

	private final AlertBoard board;
	private final AlertSubscriptions subscriptions;
	private final MessageSource messages;

	AlertsApi(AlertBoard board, AlertSubscriptions subscriptions, MessageSource messages) {
		this.board = board;
		this.subscriptions = subscriptions;
		this.messages = messages;
	}

	@GetMapping("/alerts")
	List<AlertJson> alerts(@RequestParam(required = false) String area, @RequestParam(required = false) String state,
			@RequestParam(required = false) AlertSeverity severity, @RequestParam(required = false) Boolean open) {
		return board.visible(new Alerts.Filter(blankToNull(area), blankToNull(state), severity, open))
			.stream()
			.map(this::json)
			.toList();
	}

	@GetMapping("/alerts/{id}")
	AlertJson alert(@PathVariable long id) {
		return json(board.get(id));
	}

	@PostMapping("/alerts/{id}/acknowledge")
	AlertJson acknowledge(@PathVariable long id, @RequestBody Acknowledgement body) {
		return json(board.acknowledge(id, body.comment()));
	}

	@GetMapping("/alert-subscriptions")
	List<AlertSubscriptions.Subscription> subscriptions() {
		return subscriptions.mine();
	}

	@PostMapping("/alert-subscriptions")
	ResponseEntity<AlertSubscriptions.Subscription> subscribe(@RequestBody SubscriptionRequest body) {
		AlertSubscriptions.Subscription created = subscriptions.subscribe(body.areaCode(), body.stateCode());
		return ResponseEntity.created(URI.create("/api/v1/alert-subscriptions/" + created.id())).body(created);
	}

	@DeleteMapping("/alert-subscriptions/{id}")
	ResponseEntity<Map<String, Object>> unsubscribe(@PathVariable long id) {
		subscriptions.unsubscribe(id);
		return ResponseEntity.noContent().build();
	}

	private AlertJson json(Alert a) {
		String message = messages.getMessage(a.reasonKey(), a.reasonArguments(), a.reasonKey(),
				LocaleContextHolder.getLocale());
		return new AlertJson(a.id(), a.ruleId(), a.ruleName(), a.kind(), a.severity(), a.indicatorCode(), a.areaCode(),
				a.stateCode(), a.period(), a.value(), message, a.reasonArgs(), a.illustrative(), a.raisedAt(), a.isOpen(),
				a.acknowledgedBy(), a.acknowledgedAt(), a.comment());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim().toUpperCase();
	}
}
