package org.ots.platform.foresight;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scenarios for signed-in users: read any version with its computed paths; the Secretariat and experts create and
 * version them. A scenario is sent as {@link ScenarioEdit}, the points of a path as the form's text
 * ("2025=8; 2030=3"); PUT and withdraw need the version read and answer 409 when a newer one was saved meanwhile.
 */
@RestController
@RequestMapping("/api/v1/scenarios")
class ScenariosApi {

	record SummaryJson(long id, int version, String title, String author, String savedBy, Instant savedAt,
			boolean withdrawn) {

		static SummaryJson of(Scenario s) {
			return new SummaryJson(s.id(), s.version(), s.title(), s.author(), s.savedBy(), s.savedAt(),
					s.isWithdrawn());
		}
	}

	record YearJson(int year, double value, boolean limited, Double baseline, Double baselineLower80,
			Double baselineUpper80) {
	}

	record PathJson(String indicator, String state, PathKind kind, String points, Integer startYear,
			Double startValue, String startSource, List<YearJson> years, Double valueInTargetYear,
			Boolean meetsTarget) {

		static PathJson of(ScenarioOutlook.PathOutlook o) {
			List<YearJson> years = o.years().stream().map(y -> {
				ProjectedYear b = o.baselineIn(y.year());
				return new YearJson(y.year(), y.value(), y.limited(), b == null ? null : b.point(),
						b == null ? null : b.lower80(), b == null ? null : b.upper80());
			}).toList();
			return new PathJson(o.path().indicator(), o.path().state(), o.path().kind(), o.path().pointsText(),
					o.start() == null ? null : o.start().period().year(), o.start() == null ? null : o.start().value(),
					o.start() == null ? null : o.start().source(), years, o.valueInTargetYear(), o.meetsTarget());
		}
	}

	record ScenarioJson(long id, int version, int latestVersion, String title, String rationale, String author,
			String savedBy, Instant savedAt, Instant withdrawnAt, String withdrawnReason, List<PathJson> paths) {
	}

	record WithdrawJson(Integer version, String reason) {
	}

	private final ScenarioService scenarios;
	private final ScenarioOutlook outlook;

	ScenariosApi(ScenarioService scenarios, ScenarioOutlook outlook) {
		this.scenarios = scenarios;
		this.outlook = outlook;
	}

	@GetMapping
	List<SummaryJson> all() {
		return scenarios.all().stream().map(SummaryJson::of).toList();
	}

	/** The current version, or the one asked for. */
	@GetMapping("/{id}")
	ScenarioJson one(@PathVariable long id, @RequestParam(required = false) Integer version) {
		return json(scenarios.get(id, version));
	}

	@PostMapping
	ResponseEntity<ScenarioJson> create(@RequestBody ScenarioEdit edit) {
		Scenario created = scenarios.create(edit);
		return ResponseEntity.created(URI.create("/api/v1/scenarios/" + created.id())).body(json(created));
	}

	@PutMapping("/{id}")
	ScenarioJson update(@PathVariable long id, @RequestBody ScenarioEdit edit) {
		return json(scenarios.update(id, edit));
	}

	@PostMapping("/{id}/withdraw")
	ScenarioJson withdraw(@PathVariable long id, @RequestBody WithdrawJson body) {
		return json(scenarios.withdraw(id, body.version(), body.reason()));
	}

	private ScenarioJson json(Scenario s) {
		return new ScenarioJson(s.id(), s.version(), s.latestVersion(), s.title(), s.rationale(), s.author(),
				s.savedBy(), s.savedAt(), s.withdrawnAt(), s.withdrawnReason(),
				outlook.of(s).stream().map(PathJson::of).toList());
	}
}
