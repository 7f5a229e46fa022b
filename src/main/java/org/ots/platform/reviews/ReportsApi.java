package org.ots.platform.reviews;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** National progress reports over the API, with the same visibility and rules as the pages. */
@RestController
@RequestMapping("/api/v1/cycles/{cycleId}/reports/{state}")
class ReportsApi {

	record SectionBody(String narrative, Boolean notApplicable, String reason, Integer expectedVersion) {
	}

	record CommitmentBody(CommitmentProgress progress, String note) {
	}

	record ReturnBody(String comment) {
	}

	private final NationalReportService service;

	ReportsApi(NationalReportService service) {
		this.service = service;
	}

	@GetMapping
	Map<String, Object> report(@PathVariable long cycleId, @PathVariable String state) {
		return json(service.view(cycleId, code(state)));
	}

	@PutMapping("/sections/{area}")
	Map<String, Object> saveSection(@PathVariable long cycleId, @PathVariable String state, @PathVariable String area,
			@RequestBody SectionBody body) {
		if (body.expectedVersion() == null) {
			throw new ReportRuleException("Send expectedVersion: the version of the section you edited (0 for a new one).");
		}
		ReportSection saved = service.saveSection(cycleId, code(state), area.toUpperCase(), new SectionEdit(body.narrative(),
				Boolean.TRUE.equals(body.notApplicable()), body.reason(), body.expectedVersion()));
		return section(saved);
	}

	@PutMapping("/commitments/{commitmentId}")
	Map<String, Object> saveCommitment(@PathVariable long cycleId, @PathVariable String state,
			@PathVariable long commitmentId, @RequestBody CommitmentBody body) {
		service.saveCommitmentStatus(cycleId, code(state), commitmentId, body.progress(), body.note());
		return Map.of("commitmentId", commitmentId, "progress", body.progress().name());
	}

	@PostMapping("/submit")
	Map<String, Object> submit(@PathVariable long cycleId, @PathVariable String state) {
		NationalReport report = service.submit(cycleId, code(state));
		return Map.of("state", report.stateCode(), "status", report.status().name());
	}

	@PostMapping("/return")
	Map<String, Object> returnToState(@PathVariable long cycleId, @PathVariable String state,
			@RequestBody ReturnBody body) {
		NationalReport report = service.returnToState(cycleId, code(state), body.comment());
		return Map.of("state", report.stateCode(), "status", report.status().name(), "comment", report.returnComment());
	}

	private static String code(String state) {
		return state.toUpperCase();
	}

	private static Map<String, Object> json(ReportView view) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("cycleId", view.cycle().id());
		json.put("year", view.cycle().year());
		json.put("state", view.report().stateCode());
		json.put("status", view.report().status().name());
		json.put("returnComment", view.report().returnComment());
		json.put("submittedAt", view.report().submittedAt() == null ? null : view.report().submittedAt().toString());
		json.put("missing", view.missing());
		json.put("sections", view.sections().stream().map(ReportsApi::section).toList());
		json.put("attachments", view.attachments()
			.stream()
			.map(a -> Map.of("id", a.id(), "fileName", a.fileName(), "kind", a.kind().name(), "size", a.size()))
			.toList());
		return json;
	}

	private static Map<String, Object> section(ReportView.SectionView view) {
		Map<String, Object> json = section(view.section());
		json.put("indicators", view.indicators().stream().map(ReportsApi::row).toList());
		json.put("commitments", view.commitments().stream().map(line -> {
			Map<String, Object> c = new LinkedHashMap<>();
			c.put("id", line.commitment().id());
			c.put("reference", line.commitment().reference());
			c.put("progress", line.status() == null ? null : line.status().progress().name());
			c.put("note", line.status() == null ? null : line.status().note());
			return c;
		}).toList());
		json.put("recommendations", view.followUps());
		return json;
	}

	private static Map<String, Object> section(ReportSection section) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("area", section.areaCode());
		json.put("narrative", section.narrative());
		json.put("notApplicable", section.notApplicable());
		json.put("reason", section.notApplicableReason());
		json.put("version", section.version());
		json.put("savedBy", section.savedBy());
		return json;
	}

	private static Map<String, Object> row(IndicatorRow row) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("indicator", row.indicator().code());
		json.put("unit", row.indicator().unit());
		json.put("baseline", value(row.baseline()));
		json.put("latest", value(row.latest()));
		json.put("target", row.target() == null ? null
				: Map.of("value", row.target().targetValue(), "year", row.target().targetYear()));
		json.put("change", row.change());
		json.put("progress", row.progress());
		return json;
	}

	private static Map<String, Object> value(org.ots.platform.indicators.Observation o) {
		return o == null ? null : Map.of("value", o.value(), "period", o.period().code(), "source", o.source());
	}

}
