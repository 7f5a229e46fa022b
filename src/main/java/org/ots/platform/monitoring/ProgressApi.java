package org.ots.platform.monitoring;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The progress status of the series, public like the data they are computed from. Nothing is written here. */
@RestController
@RequestMapping("/api/v1/progress")
@Tag(name = "Progress", description = "Progress status of every series (indicator x state) by the Open SDG method, "
		+ "with its inputs and the formula with the numbers")
class ProgressApi {

	private final ProgressMonitor monitor;

	ProgressApi(ProgressMonitor monitor) {
		this.monitor = monitor;
	}

	/** One series in a list: the result and its main inputs; the explanation is on the series itself. */
	record ProgressSummary(String indicator, String state, ProgressStatus status, String statusLabel, Double score,
			String method, Integer baseYear, Double baseValue, Integer currentYear, Double currentValue,
			Double targetValue, Integer targetYear, Double progressValue, String reason) {

		static ProgressSummary of(ProgressAssessment a) {
			return new ProgressSummary(a.indicator(), a.state(), a.status(), a.status().label(), a.score(), a.method(),
					a.baseYear(), a.baseValue(), a.currentYear(), a.currentValue(), a.targetValue(), a.targetYear(),
					a.progressValue(), a.reason());
		}
	}

	@GetMapping
	@Operation(summary = "Progress status of the series, filtered by indicator, state and area (404 for an unknown code)")
	List<ProgressSummary> list(@RequestParam(required = false) String indicator,
			@RequestParam(required = false) String state, @RequestParam(required = false) String area) {
		return monitor.list(indicator, state, area).stream().map(ProgressSummary::of).toList();
	}

	@GetMapping("/{indicator}/{state}")
	@Operation(summary = "Progress status of one series with every input, the formula with its numbers, and the settings used")
	ProgressAssessment one(@PathVariable String indicator, @PathVariable String state) {
		return monitor.get(indicator, state);
	}
}
