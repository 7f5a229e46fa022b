package org.ots.platform.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ots.platform.identity.AuditTrail;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.indicators.Direction;
import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Index definitions: the public reads the published ones (an unpublished one is not found, as if it did not
 * exist); the Secretariat reads all and writes them, every change audited, none overwriting a change saved
 * meanwhile.
 */
@Service
class IndexDefinitionService {

	private static final Pattern COMPONENT = Pattern.compile("([^=\\s]+)(?:=(\\S*))?");

	private static final Pattern FRACTION = Pattern.compile("(\\d{1,4})\\s*/\\s*(\\d{1,4})");

	private final IndexDefinitions definitions;
	private final IndicatorCatalog catalog;
	private final AuditTrail audit;
	private final Clock clock;

	IndexDefinitionService(IndexDefinitions definitions, IndicatorCatalog catalog, AuditTrail audit, Clock clock) {
		this.definitions = definitions;
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
	}

	/** The definitions the current user may read: all for the Secretariat, the published ones for everyone else. */
	List<IndexDefinition> visible() {
		return definitions.all(!CurrentUser.get().isSecretariat());
	}

	IndexDefinition visible(long id) {
		return definitions.find(id)
			.filter(d -> d.published() || CurrentUser.get().isSecretariat())
			.orElseThrow(() -> new NotFoundException("Index", id));
	}

	/** A definition to edit. */
	IndexDefinition get(long id) {
		writer();
		return definitions.find(id).orElseThrow(() -> new NotFoundException("Index", id));
	}

	@Transactional
	IndexDefinition create(IndexEdit edit) {
		writer();
		Instant now = Instant.now(clock);
		IndexDefinition created = definitions.insert(checked(edit, null, now, now, 0));
		audit.record("CREATE", "IndexDefinition", created.id(), null, null, created.describe());
		return created;
	}

	@Transactional
	IndexDefinition update(long id, IndexEdit edit) {
		IndexDefinition before = get(id);
		if (edit.expectedVersion() == null || edit.expectedVersion() != before.version()) {
			throw new IndexConflictException();
		}
		IndexDefinition changed = checked(edit, id, before.createdAt(), Instant.now(clock), before.version());
		// The version check and this conditional update together: whoever saves second is told, never overwrites.
		if (!definitions.update(changed)) {
			throw new IndexConflictException();
		}
		IndexDefinition saved = definitions.find(id).orElseThrow();
		audit.record("UPDATE", "IndexDefinition", id, null, before.describe(), saved.describe());
		return saved;
	}

	static void writer() {
		if (!CurrentUser.get().isSecretariat()) {
			throw new AccessDeniedException("Composite indices are defined by the Secretariat.");
		}
	}

	/** The definition the edit describes, or every reason it cannot be saved. */
	private IndexDefinition checked(IndexEdit edit, Long id, Instant createdAt, Instant updatedAt, int version) {
		Map<String, String> errors = new LinkedHashMap<>();
		String name = edit.name() == null ? "" : edit.name().strip();
		if (name.isEmpty() || name.length() > 200) {
			errors.put("name", "indices.error.name");
		}
		String area = edit.areaCode() == null || edit.areaCode().isBlank() ? null : edit.areaCode().strip();
		if (area != null && catalog.areas().stream().noneMatch(a -> a.code().equals(area))) {
			errors.put("areaCode", "indices.error.area");
		}
		List<IndexDefinition.Component> components = components(edit.components(), area, errors);
		var normalisation = choice(IndexDefinition.NormalisationChoice.class, edit.normalisation());
		if (normalisation == null) {
			errors.put("normalisation", "indices.error.normalisation");
		}
		var aggregation = choice(IndexDefinition.AggregationChoice.class, edit.aggregation());
		if (aggregation == null) {
			errors.put("aggregation", "indices.error.aggregation");
		}
		Matcher fraction = FRACTION.matcher(edit.missingData() == null ? "" : edit.missingData().strip());
		int maxMissing = 0;
		int outOf = 0;
		if (fraction.matches()) {
			maxMissing = Integer.parseInt(fraction.group(1));
			outOf = Integer.parseInt(fraction.group(2));
		}
		if (!fraction.matches() || outOf == 0 || maxMissing >= outOf) {
			errors.put("missingData", "indices.error.missingData");
		}
		if (!errors.isEmpty()) {
			throw new IndexInputException(errors);
		}
		return new IndexDefinition(id, name, area, components, normalisation, aggregation, maxMissing, outOf,
				edit.publishedChosen(), false, createdAt, updatedAt, version);
	}

	private List<IndexDefinition.Component> components(String text, String area, Map<String, String> errors) {
		List<IndexDefinition.Component> components = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		int weighted = 0;
		double total = 0;
		for (String token : (text == null ? "" : text).split("[\\s,;]+")) {
			if (token.isEmpty()) {
				continue;
			}
			Matcher m = COMPONENT.matcher(token);
			if (!m.matches()) {
				errors.put("components", "indices.error.weight");
				return components;
			}
			String code = m.group(1);
			Optional<Indicator> indicator = catalog.find(code);
			if (indicator.isEmpty()) {
				errors.put("components", "indices.error.components.unknown");
				return components;
			}
			if (indicator.get().direction() == Direction.NONE) {
				errors.put("components", "indices.error.components.noDirection");
				return components;
			}
			if (area != null && !area.equals(indicator.get().areaCode())) {
				errors.put("components", "indices.error.components.outOfArea");
				return components;
			}
			if (!seen.add(code)) {
				errors.put("components", "indices.error.components.twice");
				return components;
			}
			Double weight = null;
			if (m.group(2) != null) {
				weight = weight(m.group(2));
				if (weight == null) {
					errors.put("components", "indices.error.weight");
					return components;
				}
				weighted++;
				total += weight;
			}
			components.add(new IndexDefinition.Component(code, weight));
		}
		if (components.isEmpty()) {
			errors.put("components", "indices.error.components.empty");
		}
		else if (weighted > 0 && (weighted < components.size() || total == 0)) {
			errors.put("components", "indices.error.weights");
		}
		return components;
	}

	/** A weight of zero or more, or null when the text is not one. */
	private static Double weight(String text) {
		try {
			double weight = Double.parseDouble(text);
			return Double.isFinite(weight) && weight >= 0 ? weight : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String text) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(text)) {
				return value;
			}
		}
		return null;
	}
}
