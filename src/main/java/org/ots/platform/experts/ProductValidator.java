package org.ots.platform.experts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ots.platform.identity.Role;
import org.ots.platform.identity.UserAccounts;
import org.ots.platform.identity.UserView;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.states.States;
import org.springframework.stereotype.Component;

/**
 * Checks a whole product before it is written and names every refused field at once, so that a form comes back
 * with all its reasons. Authors must be experts of the product's institution: an institution publishes its own
 * experts' work, not anybody's.
 */
@Component
class ProductValidator {

	private final IndicatorCatalog catalog;
	private final States states;
	private final UserAccounts accounts;

	ProductValidator(IndicatorCatalog catalog, States states, UserAccounts accounts) {
		this.catalog = catalog;
		this.states = states;
		this.accounts = accounts;
	}

	/** The checked product (id, status and version as in {@code base}), or the refusal with all reasons. */
	AnalyticalProduct check(ProductEdit edit, long institutionId, AnalyticalProduct base, String by, Instant at) {
		Map<String, String> errors = new LinkedHashMap<>();
		ProductKind kind = kind(edit.kind(), errors);
		String title = text(edit.title(), 3, 300, "title", errors);
		String summary = text(edit.summary(), 1, 4000, "summary", errors);
		if (accounts.institutions().stream().noneMatch(i -> i.id() == institutionId)) {
			errors.put("institutionId", "products.error.institution");
		}
		Set<String> experts = expertsOf(institutionId);
		if (edit.authors().isEmpty() || !experts.containsAll(edit.authors())) {
			errors.put("authors", "products.error.authors");
		}
		if (edit.areaCodes().isEmpty() || edit.areaCodes().size() > 20
				|| !edit.areaCodes().stream().allMatch(code -> catalog.areas().stream().anyMatch(a -> a.code().equals(code)))) {
			errors.put("areaCodes", "products.error.areas");
		}
		if (edit.indicatorCodes().size() > 50 || !edit.indicatorCodes().stream().allMatch(code -> catalog.find(code).isPresent())) {
			errors.put("indicatorCodes", "products.error.indicators");
		}
		if (!edit.stateCodes().stream().allMatch(states::exists)) {
			errors.put("stateCodes", "products.error.states");
		}
		if (!errors.isEmpty()) {
			throw new InvalidProductException(errors);
		}
		List<String> stateCodes = edit.stateCodes().stream().map(code -> states.get(code).code()).toList();
		return new AnalyticalProduct(base == null ? 0 : base.id(), kind, title, summary, institutionId,
				base == null ? ProductStatus.DRAFT : base.status(), base == null ? null : base.reviewComment(),
				base == null ? at : base.createdAt(), base == null ? by : base.createdBy(), at, by,
				base == null ? null : base.publishedAt(), base == null ? null : base.publishedBy(),
				base == null ? 0 : base.version(), edit.authors(), edit.areaCodes(), edit.indicatorCodes(), stateCodes,
				base == null ? null : base.file());
	}

	/** The active experts of an institution, by user name. */
	Set<String> expertsOf(long institutionId) {
		return experts().stream()
			.filter(u -> u.institutionId() != null && u.institutionId() == institutionId)
			.map(UserView::username)
			.collect(Collectors.toSet());
	}

	List<UserView> experts() {
		return accounts.list().stream().filter(u -> u.role() == Role.EXPERT && u.active()).toList();
	}

	private static ProductKind kind(String value, Map<String, String> errors) {
		try {
			return ProductKind.valueOf(value == null ? "" : value.trim());
		}
		catch (IllegalArgumentException e) {
			errors.put("kind", "products.error.kind");
			return null;
		}
	}

	private static String text(String value, int min, int max, String field, Map<String, String> errors) {
		String trimmed = value == null ? "" : value.trim();
		if (trimmed.length() < min || trimmed.length() > max) {
			errors.put(field, "products.error." + field);
		}
		return trimmed;
	}
}
