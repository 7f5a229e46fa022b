package org.ots.platform.monitoring;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alert rules for the Secretariat and experts. A rule is sent as {@link AlertRuleEdit} (text fields, as the form);
 * PUT and deactivate need the version read, and answer 409 when someone changed the rule meanwhile.
 */
@RestController
@RequestMapping("/api/v1/alert-rules")
class AlertRulesApi {

	record RuleJson(long id, String name, AlertKind kind, String indicatorCode, String areaCode, String stateCode,
			AlertSeverity severity, String comparison, Double bound, String changeMode, String outlierMethod,
			String deadline, boolean active, String owner, Instant createdAt, Instant updatedAt, int version) {

		static RuleJson of(AlertRule r) {
			return new RuleJson(r.id(), r.name(), r.kind(), r.indicatorCode(), r.areaCode(), r.stateCode(), r.severity(),
					r.comparison() == null ? null : r.comparison().name(), r.bound(),
					r.changeMode() == null ? null : r.changeMode().name(),
					r.outlierMethod() == null ? null : r.outlierMethod().name(), r.deadlineText(), r.active(), r.owner(),
					r.createdAt(), r.updatedAt(), r.version());
		}
	}

	record VersionJson(Integer version) {
	}

	private final AlertRuleService rules;

	AlertRulesApi(AlertRuleService rules) {
		this.rules = rules;
	}

	@GetMapping
	List<RuleJson> all() {
		return rules.all().stream().map(RuleJson::of).toList();
	}

	@GetMapping("/{id}")
	RuleJson one(@PathVariable long id) {
		return RuleJson.of(rules.get(id));
	}

	@PostMapping
	ResponseEntity<RuleJson> create(@RequestBody AlertRuleEdit edit) {
		AlertRule created = rules.create(edit);
		return ResponseEntity.created(URI.create("/api/v1/alert-rules/" + created.id())).body(RuleJson.of(created));
	}

	@PutMapping("/{id}")
	RuleJson update(@PathVariable long id, @RequestBody AlertRuleEdit edit) {
		return RuleJson.of(rules.update(id, edit));
	}

	@PostMapping("/{id}/deactivate")
	RuleJson deactivate(@PathVariable long id, @RequestBody VersionJson body) {
		return RuleJson.of(rules.deactivate(id, body.version()));
	}
}
