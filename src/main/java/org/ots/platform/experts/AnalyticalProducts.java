package org.ots.platform.experts;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ots.platform.identity.AuditTrail;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.shared.DocumentKind;
import org.ots.platform.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing, reviewing and reading analytical products. Every write checks who acts (see {@link ProductAccess}),
 * fails instead of overwriting a change saved meanwhile, is audited with the values before and after, and each
 * move of the review is recorded in the product's history and published as an event of {@link ProductEvents}.
 */
@Service
class AnalyticalProducts {

	static final String ENTITY = "AnalyticalProduct";

	private final Products products;
	private final ProductValidator validator;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final ExpertsProperties properties;
	private final Clock clock;

	AnalyticalProducts(Products products, ProductValidator validator, AuditTrail audit, ApplicationEventPublisher events,
			ExpertsProperties properties, Clock clock) {
		this.products = products;
		this.validator = validator;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AnalyticalProduct> published(ProductQuery query) {
		return products.published(query);
	}

	/** The drafts, returned and withdrawn products the user works on: the Secretariat's are all of them. */
	@Transactional(readOnly = true)
	public List<AnalyticalProduct> workOf(CurrentUser user) {
		if (user.isSecretariat()) {
			return products.unpublished(null);
		}
		return ProductAccess.mayCreate(user) ? products.unpublished(user.institutionId()) : List.of();
	}

	/** What waits for the Secretariat's review, oldest first; empty for everyone else. */
	@Transactional(readOnly = true)
	public List<AnalyticalProduct> reviewQueue(CurrentUser user) {
		return user.isSecretariat() ? products.inStatus(ProductStatus.IN_REVIEW) : List.of();
	}

	@Transactional(readOnly = true)
	public Map<Long, Integer> publishedCounts() {
		return products.publishedCounts();
	}

	@Transactional(readOnly = true)
	public List<AnalyticalProduct> publishedOf(long institutionId) {
		return products.publishedOf(institutionId);
	}

	/** A product the current user may see; one they may not see does not exist for them (404, not 403). */
	@Transactional(readOnly = true)
	public AnalyticalProduct get(long id) {
		AnalyticalProduct product = load(id);
		if (!ProductAccess.maySee(CurrentUser.get(), product)) {
			throw new NotFoundException("Analytical product", id);
		}
		return product;
	}

	@Transactional(readOnly = true)
	public List<ProductMove> history(long id) {
		get(id);
		return products.history(id);
	}

	@Transactional(readOnly = true)
	public ProductDownload download(long id) {
		get(id);
		return products.download(id).orElseThrow(() -> new NotFoundException("File of analytical product", id));
	}

	/** A product the current user may edit, for the edit form: refused (403) for anyone else. */
	@Transactional(readOnly = true)
	public AnalyticalProduct forEditing(long id) {
		AnalyticalProduct product = load(id);
		ProductAccess.checkWrite(CurrentUser.get(), product);
		return product;
	}

	@Transactional
	public AnalyticalProduct create(ProductEdit edit) {
		CurrentUser user = CurrentUser.get();
		ProductAccess.checkCreate(user);
		// An expert's product is their institution's, and they are its first author unless they name others.
		long institution = user.isSecretariat() ? requiredInstitution(edit) : user.institutionId();
		ProductEdit withAuthor = !user.isSecretariat() && edit.authors().isEmpty() ? withAuthors(edit, List.of(user.username())) : edit;
		return createAs(user.username(), institution, withAuthor);
	}

	@Transactional
	public AnalyticalProduct update(long id, ProductEdit edit) {
		CurrentUser user = CurrentUser.get();
		AnalyticalProduct before = load(id);
		ProductAccess.checkWrite(user, before);
		checkVersion(before, edit.expectedVersion());
		if (!before.status().isEditable()) {
			throw new ProductMoveRefusedException(id, before.status(), ProductStatus.DRAFT);
		}
		long institution = user.isSecretariat() && edit.institutionId() != null ? edit.institutionId() : before.institutionId();
		AnalyticalProduct checked = validator.check(edit, institution, before, user.username(), now());
		if (!products.update(checked, edit.expectedVersion())) {
			throw new OutdatedProductException(id);
		}
		AnalyticalProduct after = load(id);
		audit.record("UPDATE", ENTITY, id, null, describe(before), describe(after));
		return after;
	}

	/** Attaches the product's file (replacing an earlier one) after checking its content and size. */
	@Transactional
	public AnalyticalProduct attach(long id, String fileName, byte[] content, Integer expectedVersion) {
		CurrentUser user = CurrentUser.get();
		AnalyticalProduct before = load(id);
		ProductAccess.checkWrite(user, before);
		checkVersion(before, expectedVersion);
		if (!before.status().isEditable()) {
			throw new ProductMoveRefusedException(id, before.status(), ProductStatus.DRAFT);
		}
		return attachAs(user.username(), before, fileName, content);
	}

	@Transactional
	public AnalyticalProduct submit(long id, Integer expectedVersion) {
		CurrentUser user = CurrentUser.get();
		AnalyticalProduct before = load(id);
		ProductAccess.checkWrite(user, before);
		checkVersion(before, expectedVersion);
		AnalyticalProduct after = save("SUBMIT", before, before.submit(user.username(), now()), null);
		events.publishEvent(new ProductEvents.ProductSubmitted(id, after.title(), after.institutionId(), user.username()));
		return after;
	}

	@Transactional
	public AnalyticalProduct publish(long id, Integer expectedVersion) {
		CurrentUser user = CurrentUser.get();
		ProductAccess.checkReview(user);
		AnalyticalProduct before = load(id);
		checkVersion(before, expectedVersion);
		return publishAs(user.username(), before);
	}

	@Transactional
	public AnalyticalProduct returnToAuthors(long id, String comment, Integer expectedVersion) {
		CurrentUser user = CurrentUser.get();
		ProductAccess.checkReview(user);
		AnalyticalProduct before = load(id);
		checkVersion(before, expectedVersion);
		AnalyticalProduct after = save("RETURN", before, before.returnToAuthors(comment, user.username(), now()), comment);
		events.publishEvent(new ProductEvents.ProductReturned(id, after.title(), after.institutionId(),
				after.reviewComment(), user.username()));
		return after;
	}

	@Transactional
	public AnalyticalProduct withdraw(long id, String reason, Integer expectedVersion) {
		CurrentUser user = CurrentUser.get();
		ProductAccess.checkReview(user);
		AnalyticalProduct before = load(id);
		checkVersion(before, expectedVersion);
		AnalyticalProduct after = save("WITHDRAW", before, before.withdraw(reason, user.username(), now()), reason);
		events.publishEvent(new ProductEvents.ProductWithdrawn(id, after.title(), after.institutionId(),
				after.reviewComment(), user.username()));
		return after;
	}

	/** Creates a draft in the name of {@code actor}; the callers have checked who acts (users, demo content). */
	AnalyticalProduct createAs(String actor, long institutionId, ProductEdit edit) {
		Instant now = now();
		AnalyticalProduct checked = validator.check(edit, institutionId, null, actor, now);
		long id = products.insert(checked);
		products.recordMove(id, "CREATE", ProductStatus.DRAFT, actor, now, null);
		AnalyticalProduct created = load(id);
		audit.recordAs(actor, "CREATE", ENTITY, id, null, null, describe(created));
		return created;
	}

	AnalyticalProduct attachAs(String actor, AnalyticalProduct before, String fileName, byte[] content) {
		DocumentKind kind = checkFile(content);
		Instant now = now();
		ProductFile file = new ProductFile(kind.downloadName(fileName, "product"), kind.mediaType(), content.length, sha256(content), actor, now);
		if (!products.touch(before.id(), before.version(), actor, now)) {
			throw new OutdatedProductException(before.id());
		}
		products.saveFile(before.id(), file, content);
		AnalyticalProduct after = load(before.id());
		audit.recordAs(actor, "ATTACH", ENTITY, before.id(), null, fileOf(before), fileOf(after));
		return after;
	}

	AnalyticalProduct submitAs(String actor, AnalyticalProduct before) {
		AnalyticalProduct after = saveAs(actor, "SUBMIT", before, before.submit(actor, now()), null);
		events.publishEvent(new ProductEvents.ProductSubmitted(after.id(), after.title(), after.institutionId(), actor));
		return after;
	}

	AnalyticalProduct publishAs(String actor, AnalyticalProduct before) {
		AnalyticalProduct after = saveAs(actor, "PUBLISH", before, before.publish(actor, now()), null);
		events.publishEvent(new ProductEvents.ProductPublished(after.id(), after.title(), after.institutionId(), actor));
		return after;
	}

	private AnalyticalProduct save(String action, AnalyticalProduct before, AnalyticalProduct moved, String comment) {
		return saveAs(CurrentUser.get().username(), action, before, moved, comment);
	}

	private AnalyticalProduct saveAs(String actor, String action, AnalyticalProduct before, AnalyticalProduct moved,
			String comment) {
		if (!products.move(moved, before.version())) {
			throw new OutdatedProductException(before.id());
		}
		products.recordMove(before.id(), action, moved.status(), actor, moved.updatedAt(), comment == null ? null : comment.trim());
		AnalyticalProduct after = load(before.id());
		audit.recordAs(actor, action, ENTITY, before.id(), null, describe(before), describe(after));
		return after;
	}

	private DocumentKind checkFile(byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidProductException(Map.of("file", "products.error.file.empty"));
		}
		if (content.length > properties.maxFileSize().toBytes()) {
			throw new InvalidProductException(Map.of("file", "products.error.file.size"));
		}
		DocumentKind kind = DocumentKind.of(content);
		if (kind == null) {
			throw new InvalidProductException(Map.of("file", "products.error.file.type"));
		}
		return kind;
	}

	private AnalyticalProduct load(long id) {
		return products.find(id).orElseThrow(() -> new NotFoundException("Analytical product", id));
	}

	private static void checkVersion(AnalyticalProduct product, Integer expectedVersion) {
		if (expectedVersion == null) {
			throw new InvalidProductException(Map.of("version", "products.error.version"));
		}
		if (product.version() != expectedVersion) {
			throw new OutdatedProductException(product.id());
		}
	}

	private static long requiredInstitution(ProductEdit edit) {
		if (edit.institutionId() == null) {
			throw new InvalidProductException(Map.of("institutionId", "products.error.institution"));
		}
		return edit.institutionId();
	}

	private static ProductEdit withAuthors(ProductEdit e, List<String> authors) {
		return new ProductEdit(e.kind(), e.title(), e.summary(), e.institutionId(), authors, e.areaCodes(),
				e.indicatorCodes(), e.stateCodes(), e.expectedVersion());
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private Instant now() {
		return Instant.now(clock);
	}

	private static Map<String, Object> fileOf(AnalyticalProduct p) {
		ProductFile f = p.file();
		return f == null ? Map.of("file", "none")
				: Map.of("fileName", f.fileName(), "mediaType", f.mediaType(), "size", f.size(), "sha256", f.sha256());
	}

	static Map<String, Object> describe(AnalyticalProduct p) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("kind", p.kind().name());
		values.put("title", p.title());
		values.put("summary", p.summary());
		values.put("institutionId", p.institutionId());
		values.put("status", p.status().name());
		values.put("authors", p.authors());
		values.put("areas", p.areaCodes());
		values.put("indicators", p.indicatorCodes());
		values.put("states", p.stateCodes());
		values.put("reviewComment", p.reviewComment());
		values.put("version", p.version());
		values.putAll(fileOf(p));
		return values;
	}
}
