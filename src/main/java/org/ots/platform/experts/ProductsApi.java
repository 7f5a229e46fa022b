package org.ots.platform.experts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.ots.platform.foresight.ScenarioCatalog;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * Analytical products as JSON: published ones read by anyone; drafts written by their institution's experts and
 * the Secretariat (HTTP Basic), who also move them through the review.
 */
@RestController
@RequestMapping("/api/v1/products")
class ProductsApi {

	private final AnalyticalProducts products;
	private final ProductScenarios scenarios;

	ProductsApi(AnalyticalProducts products, ProductScenarios scenarios) {
		this.products = products;
		this.scenarios = scenarios;
	}

	@GetMapping
	List<AnalyticalProduct> published(@RequestParam(required = false) String area,
			@RequestParam(required = false) String state, @RequestParam(required = false) String kind) {
		return products.published(ProductQuery.of(area, state, kind));
	}

	@GetMapping("/{id}")
	AnalyticalProduct product(@PathVariable long id) {
		return products.get(id);
	}

	@PostMapping
	ResponseEntity<AnalyticalProduct> create(@RequestBody ProductEdit edit) {
		AnalyticalProduct created = products.create(edit);
		return ResponseEntity.created(URI.create("/api/v1/products/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	AnalyticalProduct update(@PathVariable long id, @RequestBody ProductEdit edit) {
		return products.update(id, edit);
	}

	/** A move of the review, named by the status the product is to reach; {@code version} is the one the caller saw. */
	@PostMapping("/{id}/status")
	AnalyticalProduct move(@PathVariable long id, @RequestBody StatusChange change) {
		if (change.status() == null) {
			throw new InvalidProductException(Map.of("status", "products.error.status"));
		}
		return switch (change.status()) {
			case IN_REVIEW -> products.submit(id, change.version());
			case PUBLISHED -> products.publish(id, change.version());
			case RETURNED -> products.returnToAuthors(id, change.comment(), change.version());
			case WITHDRAWN -> products.withdraw(id, change.reason(), change.version());
			case DRAFT -> throw new InvalidProductException(Map.of("status", "products.error.status"));
		};
	}

	/** The product's file as a multipart upload (part {@code file}), checked by its content. */
	@PostMapping("/{id}/file")
	AnalyticalProduct attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) Integer version) {
		try {
			return products.attach(id, file == null ? null : file.getOriginalFilename(),
					file == null ? new byte[0] : file.getBytes(), version);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The product's file, for whoever may see the product (everyone once it is published). */
	@GetMapping("/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable long id) {
		return products.download(id).asAttachment();
	}

	/** The scenario versions the product cites, with the address of each (public once the product is published). */
	@GetMapping("/{id}/scenarios")
	List<CitedScenario> citedScenarios(@PathVariable long id) {
		return scenarios.citedBy(id).stream().map(CitedScenario::of).toList();
	}

	/** @param link the page of the cited version, which keeps showing it when newer versions are saved */
	record CitedScenario(long id, int version, String title, String author, java.time.Instant savedAt,
			boolean withdrawn, String link) {

		static CitedScenario of(ScenarioCatalog.ScenarioSummary s) {
			return new CitedScenario(s.id(), s.version(), s.title(), s.author(), s.savedAt(), s.withdrawn(), s.link());
		}
	}

	/** Cites a scenario at a version (replacing an earlier version of it); {@code version} is the product's. */
	@PostMapping("/{id}/scenarios")
	AnalyticalProduct cite(@PathVariable long id, @RequestBody Citation citation) {
		if (citation.scenarioId() == null || citation.scenarioVersion() == null) {
			throw new InvalidProductException(Map.of("scenario", "products.error.scenario.unknown"));
		}
		return scenarios.cite(id, citation.scenarioId(), citation.scenarioVersion(), citation.version());
	}

	@DeleteMapping("/{id}/scenarios/{scenarioId}")
	AnalyticalProduct drop(@PathVariable long id, @PathVariable long scenarioId,
			@RequestParam(required = false) Integer version) {
		return scenarios.drop(id, scenarioId, version);
	}

	record Citation(Long scenarioId, Integer scenarioVersion, Integer version) {
	}

	/** @param comment why the product goes back to its authors; @param reason why a published product is withdrawn */
	record StatusChange(ProductStatus status, String comment, String reason, Integer version) {
	}
}
