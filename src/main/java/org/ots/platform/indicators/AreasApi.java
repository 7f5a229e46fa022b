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
@RequestMapping("/api/v1/areas")
@Tag(name = "Areas", description = "Thematic areas of the review; changes by the Secretariat only")
class AreasApi {

	private final IndicatorCatalog catalog;
	private final IndicatorFramework framework;

	AreasApi(IndicatorCatalog catalog, IndicatorFramework framework) {
		this.catalog = catalog;
		this.framework = framework;
	}

	@GetMapping
	@Operation(summary = "All areas in their display order")
	List<AreaData> all() {
		return catalog.areas().stream().map(AreaData::of).toList();
	}

	@GetMapping("/{code}")
	AreaData one(@PathVariable String code) {
		return AreaData.of(framework.findArea(code));
	}

	@PostMapping
	@Operation(summary = "Create an area (Secretariat)")
	ResponseEntity<AreaData> create(@RequestBody AreaData data) {
		Area area = framework.createArea(data);
		return ResponseEntity.created(URI.create("/api/v1/areas/" + area.code())).body(AreaData.of(area));
	}

	@PutMapping("/{code}")
	@Operation(summary = "Change an area (Secretariat); send the version you read")
	AreaData update(@PathVariable String code, @RequestBody AreaData data) {
		return AreaData.of(framework.updateArea(code, data));
	}

	@DeleteMapping("/{code}")
	@Operation(summary = "Delete an area no indicator belongs to (Secretariat)")
	ResponseEntity<Void> delete(@PathVariable String code, @RequestParam int version) {
		framework.deleteArea(code, version);
		return ResponseEntity.noContent().build();
	}
}
