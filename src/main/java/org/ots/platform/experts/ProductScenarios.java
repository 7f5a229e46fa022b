package org.ots.platform.experts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.ots.platform.foresight.ScenarioCatalog;
import org.ots.platform.foresight.ScenarioCatalog.ScenarioSummary;
import org.ots.platform.foresight.ScenarioCitations;
import org.ots.platform.identity.AuditTrail;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scenarios a product cites, each at the version its authors read, so that the product keeps pointing at what
 * it discussed when the scenario is revised. Citing is an edit of the product: by its writers, while it is a draft
 * (or returned), against the product version they read, and audited. Once the product is published, the cited
 * versions become readable by everyone, like the product itself.
 */
@Service
class ProductScenarios implements ScenarioCitations {

	private final AnalyticalProducts products;
	private final Products store;
	private final ScenarioCatalog scenarios;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	ProductScenarios(AnalyticalProducts products, Products store, ScenarioCatalog scenarios, JdbcClient jdbc,
			AuditTrail audit, Clock clock) {
		this.products = products;
		this.store = store;
		this.scenarios = scenarios;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The cited versions of a product the current user may see, in the order they were cited. */
	@Transactional(readOnly = true)
	List<ScenarioSummary> citedBy(long productId) {
		return citedBy(products.get(productId));
	}

	/** The cited versions of a product already read (and so already checked to be visible). */
	@Transactional(readOnly = true)
	List<ScenarioSummary> citedBy(AnalyticalProduct product) {
		record Cited(long scenarioId, int version) {
		}
		return jdbc.sql("SELECT scenario_id, scenario_version FROM product_scenario WHERE product_id = ? ORDER BY cited_at, scenario_id")
			.param(product.id())
			.query((rs, n) -> new Cited(rs.getLong("scenario_id"), rs.getInt("scenario_version")))
			.list()
			.stream()
			.map(c -> scenarios.find(c.scenarioId(), c.version()).orElseThrow())
			.toList();
	}

	/** The scenarios a writer may cite: the current version of each one not withdrawn. */
	List<ScenarioSummary> citable() {
		return scenarios.current();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isCitedInPublishedWork(long scenarioId, int version) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM product_scenario c JOIN analytical_product p ON p.id = c.product_id
				WHERE c.scenario_id = ? AND c.scenario_version = ? AND p.status = 'PUBLISHED'""")
			.params(scenarioId, version)
			.query(Long.class)
			.single() > 0;
	}

	/** Cites a scenario version (replacing an earlier version of the same scenario); the product's new version. */
	@Transactional
	AnalyticalProduct cite(long productId, long scenarioId, int scenarioVersion, Integer expectedVersion) {
		AnalyticalProduct before = editable(productId, expectedVersion);
		ScenarioSummary scenario = scenarios.find(scenarioId, scenarioVersion)
			.orElseThrow(() -> new InvalidProductException(Map.of("scenario", "products.error.scenario.unknown")));
		citeAs(CurrentUser.get().username(), before, scenario);
		return products.get(productId);
	}

	/** As {@link #cite}, for the platform's own content (the demo), which no signed-in user writes. */
	@Transactional
	void citeAs(String actor, AnalyticalProduct before, ScenarioSummary scenario) {
		if (scenario.withdrawn()) {
			throw new InvalidProductException(Map.of("scenario", "products.error.scenario.withdrawn"));
		}
		Instant now = Instant.now(clock);
		advance(before, actor, now);
		String previous = cited(before.id(), scenario.id());
		jdbc.sql("DELETE FROM product_scenario WHERE product_id = ? AND scenario_id = ?")
			.params(before.id(), scenario.id())
			.update();
		jdbc.sql("INSERT INTO product_scenario (product_id, scenario_id, scenario_version, cited_by, cited_at) VALUES (?, ?, ?, ?, ?)")
			.params(before.id(), scenario.id(), scenario.version(), actor, now.atOffset(ZoneOffset.UTC))
			.update();
		audit.recordAs(actor, "CITE_SCENARIO", "AnalyticalProduct", before.id(), null, previous,
				"scenario " + scenario.id() + " v" + scenario.version() + " (" + scenario.title() + ")");
	}

	/** Stops citing a scenario; the product's new version. */
	@Transactional
	AnalyticalProduct drop(long productId, long scenarioId, Integer expectedVersion) {
		AnalyticalProduct before = editable(productId, expectedVersion);
		String previous = cited(productId, scenarioId);
		if (previous == null) {
			throw new NotFoundException("Scenario cited by analytical product " + productId, scenarioId);
		}
		advance(before, CurrentUser.get().username(), Instant.now(clock));
		jdbc.sql("DELETE FROM product_scenario WHERE product_id = ? AND scenario_id = ?").params(productId, scenarioId).update();
		audit.record("UNCITE_SCENARIO", "AnalyticalProduct", productId, null, previous, null);
		return products.get(productId);
	}

	private AnalyticalProduct editable(long productId, Integer expectedVersion) {
		AnalyticalProduct product = products.forEditing(productId);
		if (expectedVersion == null) {
			throw new InvalidProductException(Map.of("version", "products.error.version"));
		}
		if (product.version() != expectedVersion) {
			throw new OutdatedProductException(productId);
		}
		if (!product.status().isEditable()) {
			// What was reviewed (or published) is what stays cited.
			throw new ProductMoveRefusedException(productId, product.status(), ProductStatus.DRAFT);
		}
		return product;
	}

	/** Raises the product's version, or refuses when someone changed the product since it was read. */
	private void advance(AnalyticalProduct before, String actor, Instant now) {
		if (!store.touch(before.id(), before.version(), actor, now)) {
			throw new OutdatedProductException(before.id());
		}
	}

	private String cited(long productId, long scenarioId) {
		return jdbc.sql("SELECT scenario_version FROM product_scenario WHERE product_id = ? AND scenario_id = ?")
			.params(productId, scenarioId)
			.query(Integer.class)
			.optional()
			.map(v -> "scenario " + scenarioId + " v" + v)
			.orElse(null);
	}
}
