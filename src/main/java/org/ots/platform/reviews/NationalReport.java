package org.ots.platform.reviews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;

/**
 * A reviewed state's national progress report in one cycle. Its coordinators write it section by section while
 * it is a DRAFT; submitting checks that it is complete and makes it read-only; only the Secretariat can send a
 * submitted report back, with a comment, and a RETURNED report is edited and submitted again.
 * <p>
 * When it may be edited: a report is opened (first written) only while the cycle collects self-assessments
 * (SELF_ASSESSMENT); a DRAFT may still be completed while the cycle is SUBMITTED (late reports are common in
 * practice); a RETURNED report stays editable after the cycle moved on, because the Secretariat returned it on
 * purpose, until the conclusions are adopted (the report the review rests on cannot change after adoption).
 */
class NationalReport {

	private final Long id;
	private final long cycleId;
	private final String stateCode;
	private ReportStatus status;
	private String returnComment;
	private String submittedBy;
	private Instant submittedAt;
	private final int version;
	private final Map<String, ReportSection> sections;
	private final Map<Long, CommitmentStatus> commitments;

	NationalReport(Long id, long cycleId, String stateCode, ReportStatus status, String returnComment,
			String submittedBy, Instant submittedAt, int version, Collection<ReportSection> sections,
			Collection<CommitmentStatus> commitments) {
		this.id = id;
		this.cycleId = cycleId;
		this.stateCode = stateCode;
		this.status = status;
		this.returnComment = returnComment;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
		this.version = version;
		this.sections = new LinkedHashMap<>();
		sections.forEach(s -> this.sections.put(s.areaCode(), s));
		this.commitments = new LinkedHashMap<>();
		commitments.forEach(c -> this.commitments.put(c.commitmentId(), c));
	}

	/** A report nobody has written yet: what readers see before the first save. */
	static NationalReport unopened(long cycleId, String stateCode) {
		return new NationalReport(null, cycleId, stateCode, ReportStatus.DRAFT, null, null, null, 0, List.of(), List.of());
	}

	/** Refuses a change unless the report and the cycle allow editing now (see the class comment). */
	void checkEditable(CycleStatus cycle) {
		if (!status.isEditable()) {
			throw new ReportRuleException("The report was submitted and is read-only; only the Secretariat can return it "
					+ "for changes.");
		}
		if (id == null && cycle != CycleStatus.SELF_ASSESSMENT) {
			throw new ReportRuleException("A national report can be opened only while the cycle is in self-assessment; "
					+ "the cycle is " + cycle + ".");
		}
		boolean open = status == ReportStatus.RETURNED
				? cycle.hasReached(CycleStatus.SELF_ASSESSMENT) && !cycle.hasReached(CycleStatus.ADOPTED)
				: cycle == CycleStatus.SELF_ASSESSMENT || cycle == CycleStatus.SUBMITTED;
		if (!open) {
			throw new ReportRuleException("The cycle is " + cycle + ": the report can no longer be changed.");
		}
	}

	/**
	 * What a complete report still lacks: sections neither written nor marked not applicable with a reason, and
	 * relevant commitments without a status.
	 */
	List<String> missing(List<String> areaCodes, Collection<Long> relevantCommitments) {
		List<String> missing = new ArrayList<>();
		for (String area : areaCodes) {
			if (!section(area).isComplete()) {
				missing.add("section " + area + ": write the narrative or mark it not applicable with a reason");
			}
		}
		for (Long commitment : relevantCommitments) {
			if (!commitments.containsKey(commitment)) {
				missing.add("commitment " + commitment + ": give its status");
			}
		}
		return missing;
	}

	void submit(String by, CycleStatus cycle, List<String> areaCodes, Collection<Long> relevantCommitments, Instant now) {
		checkEditable(cycle);
		List<String> missing = missing(areaCodes, relevantCommitments);
		if (!missing.isEmpty()) {
			throw new ReportRuleException("The report is not complete yet.", missing);
		}
		status = ReportStatus.SUBMITTED;
		submittedBy = by;
		submittedAt = now;
	}

	/** The Secretariat sends a submitted report back to its state; the comment says what to change. */
	void returnToState(boolean bySecretariat, String comment) {
		if (!bySecretariat) {
			throw new AccessDeniedException("Only the Secretariat returns a submitted report.");
		}
		if (status != ReportStatus.SUBMITTED) {
			throw new ReportRuleException("Only a submitted report can be returned; this one is " + status + ".");
		}
		if (comment == null || comment.isBlank()) {
			throw new ReportRuleException("Say in a comment what the state should change; it is sent with the report.");
		}
		status = ReportStatus.RETURNED;
		returnComment = comment.trim();
	}

	ReportSection section(String areaCode) {
		return sections.getOrDefault(areaCode, ReportSection.empty(areaCode));
	}

	CommitmentStatus commitment(long commitmentId) {
		return commitments.get(commitmentId);
	}

	public Long id() {
		return id;
	}

	public long cycleId() {
		return cycleId;
	}

	public String stateCode() {
		return stateCode;
	}

	public ReportStatus status() {
		return status;
	}

	public String returnComment() {
		return returnComment;
	}

	public String submittedBy() {
		return submittedBy;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public int version() {
		return version;
	}

	Map<String, ReportSection> sections() {
		return sections;
	}

	Map<Long, CommitmentStatus> commitments() {
		return commitments;
	}
}
