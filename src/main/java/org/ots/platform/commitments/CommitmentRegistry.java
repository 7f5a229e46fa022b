package org.ots.platform.commitments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ots.platform.identity.AuditTrail;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.indicators.Target;
import org.ots.platform.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adopted documents and their commitments: read by everyone, recorded and corrected by the Secretariat.
 * Every write checks the whole entry against the framework, fails instead of overwriting a change someone else
 * saved meanwhile, and is audited with the values before and after.
 */
@Service
public class CommitmentRegistry {

	public static final int MAX_PAGE_SIZE = 200;

	private final Initiatives initiatives;
	private final CommitmentValidator validator;
	private final IndicatorCatalog catalog;
	private final AuditTrail audit;
	private final Clock clock;

	CommitmentRegistry(Initiatives initiatives, CommitmentValidator validator, IndicatorCatalog catalog,
			AuditTrail audit, Clock clock) {
		this.initiatives = initiatives;
		this.validator = validator;
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every document, oldest first, each with its commitments in document order. */
	@Transactional(readOnly = true)
	public List<Initiative> initiatives() {
		return initiatives.findAll();
	}

	@Transactional(readOnly = true)
	public Initiative initiative(String code) {
		return initiatives.findByCode(code == null ? "" : code.trim().toUpperCase())
			.orElseThrow(() -> new NotFoundException("Document", code));
	}

	@Transactional(readOnly = true)
	public Commitment commitment(long id) {
		return initiatives.findCommitment(id).orElseThrow(() -> new NotFoundException("Commitment", id));
	}

	/** One page (from 0) of the commitments matching the query; the size is capped at {@link #MAX_PAGE_SIZE}. */
	@Transactional(readOnly = true)
	public CommitmentPage commitments(CommitmentQuery query, int page, int size) {
		return initiatives.search(query, Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
	}

	/** The targets agreed under this commitment, found among the targets of its linked indicators. */
	public List<Target> targetsOf(Commitment commitment) {
		return commitment.indicatorCodes()
			.stream()
			.flatMap(code -> catalog.targetsOf(code).stream())
			.filter(target -> Objects.equals(target.commitmentId(), commitment.id()))
			.toList();
	}

	@Transactional
	public Initiative createInitiative(InitiativeEdit edit) {
		return createInitiativeAs(secretariat(), edit);
	}

	/** Corrects a document; its code stays, since addresses and other modules refer to it. */
	@Transactional
	public Initiative updateInitiative(String code, InitiativeEdit edit) {
		String actor = secretariat();
		Initiative before = initiative(code);
		Initiative checked = validator.check(withCode(edit, before.code()), today());
		if (edit.expectedVersion() == null || !initiatives.update(before.id(), edit.expectedVersion(), checked)) {
			throw new OutdatedEditException("Document", before.code());
		}
		Initiative after = initiative(before.code());
		audit.recordAs(actor, "UPDATE", "Initiative", after.code(), null, describe(before), describe(after));
		return after;
	}

	@Transactional
	public Commitment addCommitment(String initiativeCode, CommitmentEdit edit) {
		return addCommitmentAs(secretariat(), initiativeCode, edit);
	}

	@Transactional
	public Commitment updateCommitment(long id, CommitmentEdit edit) {
		String actor = secretariat();
		Commitment before = commitment(id);
		Initiative document = initiative(before.initiativeCode());
		Commitment checked = validator.check(edit, document, before.sortOrder());
		if (edit.expectedVersion() == null || !initiatives.updateCommitment(id, edit.expectedVersion(), checked)) {
			throw new OutdatedEditException("Commitment", id);
		}
		Commitment after = commitment(id);
		audit.recordAs(actor, "UPDATE", "Commitment", id, null, describe(before), describe(after));
		return after;
	}

	/** Removes a commitment, unless targets still name it as their origin. */
	@Transactional
	public void deleteCommitment(long id, int expectedVersion) {
		String actor = secretariat();
		Commitment before = commitment(id);
		int targets = targetsOf(before).size();
		if (targets > 0) {
			throw new CommitmentInUseException(id, targets);
		}
		if (!initiatives.deleteCommitment(id, expectedVersion)) {
			throw new OutdatedEditException("Commitment", id);
		}
		audit.recordAs(actor, "DELETE", "Commitment", id, null, describe(before), null);
	}

	@Transactional
	Initiative createInitiativeAs(String actor, InitiativeEdit edit) {
		Initiative checked = validator.check(edit, today());
		if (initiatives.findByCode(checked.code()).isPresent()) {
			throw new InvalidCommitmentException(Map.of("code", "a document with the code " + checked.code() + " exists"));
		}
		initiatives.insert(checked);
		Initiative created = initiative(checked.code());
		audit.recordAs(actor, "CREATE", "Initiative", created.code(), null, null, describe(created));
		return created;
	}

	@Transactional
	Commitment addCommitmentAs(String actor, String initiativeCode, CommitmentEdit edit) {
		Initiative document = initiative(initiativeCode);
		Commitment checked = validator.check(edit, document, initiatives.nextSortOrder(document.id()));
		long id = initiatives.insertCommitment(checked);
		Commitment created = commitment(id);
		audit.recordAs(actor, "CREATE", "Commitment", id, null, null, describe(created));
		return created;
	}

	boolean isEmpty() {
		return initiatives.isEmpty();
	}

	private static String secretariat() {
		CurrentUser user = CurrentUser.get();
		if (!user.isSecretariat()) {
			throw new AccessDeniedException("Only the Secretariat records adopted documents and their commitments.");
		}
		return user.username();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static InitiativeEdit withCode(InitiativeEdit e, String code) {
		return new InitiativeEdit(code, e.kind(), e.titleEn(), e.titleRu(), e.titleTr(), e.adoptedOn(), e.place(),
				e.referenceUrl(), e.summaryEn(), e.summaryRu(), e.summaryTr(), e.expectedVersion());
	}

	static Map<String, Object> describe(Initiative i) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("code", i.code());
		map.put("kind", i.kind().name());
		map.put("title", i.title());
		map.put("adoptedOn", String.valueOf(i.adoptedOn()));
		map.put("place", i.place());
		map.put("referenceUrl", i.referenceUrl());
		map.put("summary", i.summary());
		map.put("version", i.version());
		return map;
	}

	static Map<String, Object> describe(Commitment c) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("initiative", c.initiativeCode());
		map.put("reference", c.reference());
		map.put("text", c.text());
		map.put("area", c.areaCode());
		map.put("dueDate", c.dueDate() == null ? null : c.dueDate().toString());
		map.put("indicators", c.indicatorCodes());
		map.put("states", c.stateCodes());
		map.put("summaryBasis", c.summaryBasis());
		map.put("version", c.version());
		return map;
	}
}
