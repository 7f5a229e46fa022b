package org.ots.platform.indicators;

import java.net.URI;
import java.util.List;
import java.util.Locale;

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
@Tag(name = "Indicators", description = "The indicator framework and its targets; changes by the Secretariat only")
class IndicatorsApi {

	private final IndicatorCatalog catalog;
	private final IndicatorFramework framework;

	IndicatorsApi(IndicatorCatalog catalog, IndicatorFramework framework) {
		this.catalog = catalog;
		this.framework = framework;
	}

	@GetMapping("/indicators")
	@Operation(summary = "Indicators, optionally of one area or matching a text in code or name (any language)")
	ApiPage<IndicatorData> list(@RequestParam(required = false) String area, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		String text = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
		List<IndicatorData> matching = catalog.indicators()
			.stream()
			.filter(i -> area == null || area.isBlank() || i.areaCode().equalsIgnoreCase(area.trim()))
			.filter(i -> text.isEmpty() || matches(i, text))
			.map(IndicatorData::of)
			.toList();
		return ApiPage.of(matching, page, size);
	}

	@GetMapping("/indicators/{code}")
	IndicatorData one(@PathVariable String code) {
		return IndicatorData.of(catalog.get(code));
	}

	@PostMapping("/indicators")
	@Operation(summary = "Create an indicator (Secretariat)")
	ResponseEntity<IndicatorData> create(@RequestBody IndicatorData data) {
		Indicator created = framework.createIndicator(data);
		return ResponseEntity.created(URI.create("/api/v1/indicators/" + created.code())).body(IndicatorData.of(created));
	}

	@PutMapping("/indicators/{code}")
	@Operation(summary = "Change an indicator (Secretariat); send the version you read")
	IndicatorData update(@PathVariable String code, @RequestBody IndicatorData data) {
		return IndicatorData.of(framework.updateIndicator(code, data));
	}

	@DeleteMapping("/indicators/{code}")
	@Operation(summary = "Delete an indicator without data, targets or mappings (Secretariat)")
	ResponseEntity<Void> delete(@PathVariable String code, @RequestParam int version) {
		framework.deleteIndicator(code, version);
		return ResponseEntity.noContent().build();
	}

	private static boolean matches(Indicator i, String text) {
		return contains(i.code(), text) || contains(i.nameEn(), text) || contains(i.nameRu(), text)
				|| contains(i.nameTr(), text);
	}

	private static boolean contains(String value, String text) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(text);
	}
}
