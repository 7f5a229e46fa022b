package org.ots.platform.foresight;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The projections and the targets at risk, public like the data they are computed from. Nothing is written here. */
@RestController
@Tag(name = "Projections", description = "Projection of every annual series with 80% and 95% prediction intervals, "
		+ "and the probability of meeting its target")
class ProjectionsApi {

	private final TargetOutlook outlook;

	ProjectionsApi(TargetOutlook outlook) {
		this.outlook = outlook;
	}

	/** A series' projection; {@code message} says why there is none when the series has too few values. */
	record ProjectionJson(SeriesProjection projection, boolean available, String message) {
	}

	/** One target at risk: the series, its target and the probability of meeting it. */
	record TargetAtRisk(String indicator, String state, double targetValue, int targetYear, String direction,
			double probability, boolean illustrative) {

		static TargetAtRisk of(SeriesProjection p) {
			return new TargetAtRisk(p.indicator(), p.state(), p.target().value(), p.target().year(),
					p.target().direction(), p.probability(), p.illustrative());
		}
	}

	@GetMapping("/api/v1/projections/{indicator}/{state}")
	@Operation(summary = "Projection of one series (404 for an unknown indicator, state or a series without values)")
	ProjectionJson one(@PathVariable String indicator, @PathVariable String state) {
		SeriesProjection p = outlook.get(indicator, state);
		return new ProjectionJson(p, p.isAvailable(), p.isAvailable() ? null
				: "The series has " + p.dataPoints() + " annual value(s); a projection needs at least "
						+ Projector.MIN_VALUES + ".");
	}

	@GetMapping("/api/v1/targets-at-risk")
	@Operation(summary = "Targets whose probability of being met is below the configured bound, least likely first, "
			+ "filtered by state and area (404 for an unknown code)")
	List<TargetAtRisk> atRisk(@RequestParam(required = false) String state, @RequestParam(required = false) String area) {
		return outlook.atRisk(state, area).stream().map(TargetAtRisk::of).toList();
	}
}
