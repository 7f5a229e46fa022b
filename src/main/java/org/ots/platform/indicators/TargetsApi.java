package org.ots.platform.indicators;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Targets", description = "Values indicators should reach by a year; changes by the Secretariat only")
class TargetsApi {

	private final IndicatorCatalog catalog;
	private final IndicatorFramework framework;

	TargetsApi(IndicatorCatalog catalog, IndicatorFramework framework) {
		this.catalog = catalog;
		this.framework = framework;
	}

	@GetMapping("/indicators/{code}/targets")
	List<TargetData> targets(@PathVariable String code) {
		return catalog.targetsOf(catalog.get(code).code()).stream().map(TargetData::of).toList();
	}

	@PostMapping("/indicators/{code}/targets")
	@Operation(summary = "Add a target for one state, or for all states when stateCode is empty (Secretariat)")
	ResponseEntity<TargetData> addTarget(@PathVariable String code, @RequestBody TargetData data) {
		Target target = framework.addTarget(code, data);
		return ResponseEntity.created(URI.create("/api/v1/targets/" + target.id())).body(TargetData.of(target));
	}

	@GetMapping("/targets/{id}")
	TargetData target(@PathVariable long id) {
		return TargetData.of(framework.findTarget(id));
	}

	@PutMapping("/targets/{id}")
	@Operation(summary = "Change a target (Secretariat); send the version you read")
	TargetData updateTarget(@PathVariable long id, @RequestBody TargetData data) {
		return TargetData.of(framework.updateTarget(id, data));
	}

	@DeleteMapping("/targets/{id}")
	@Operation(summary = "Delete a target (Secretariat)")
	ResponseEntity<Void> deleteTarget(@PathVariable long id, @RequestParam int version) {
		framework.deleteTarget(id, version);
		return ResponseEntity.noContent().build();
	}
}
