package org.ots.platform.reviews;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ots.platform.commitments.Commitment;
import org.ots.platform.commitments.CommitmentQuery;
import org.ots.platform.commitments.CommitmentRegistry;
import org.ots.platform.identity.AuditTrail;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.indicators.Area;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.monitoring.ProgressMonitor;
import org.ots.platform.shared.DocumentKind;
import org.ots.platform.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national progress reports: read with the visibility of {@link ReportAccess}, written section by section
 * under optimistic versions, submitted when complete and returned by the Secretariat. The rules of the life cycle
 * live in {@link NationalReport}; every write is audited.
 */
@Service
class NationalReportService {

	private final ReviewCycleService cycles;
	private final NationalReports reports;
	private final ReportAccess access;
	private final IndicatorCatalog catalog;
	private final CommitmentRegistry commitments;
	private final EarlierRecommendations earlier;
	private final ReviewProperties properties;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ProgressMonitor progress;

	NationalReportService(ReviewCycleService cycles, NationalReports reports, ReportAccess access,
			IndicatorCatalog catalog, CommitmentRegistry commitments, EarlierRecommendations earlier,
			ReviewProperties properties, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			ProgressMonitor progress) {
		this.cycles = cycles;
		this.progress = progress;
		this.reports = reports;
		this.access = access;
		this.catalog = catalog;
		this.commitments = commitments;
		this.earlier = earlier;
		this.properties = properties;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The report as the current user may see it; an unopened report reads as an empty draft. */
	@Transactional(readOnly = true)
	ReportView view(long cycleId, String state) {
		CurrentUser user = CurrentUser.get();
		ReviewCycle cycle = reviewedCycle(cycleId, state);
		NationalReport report = reports.find(cycleId, state).orElseGet(() -> NationalReport.unopened(cycleId, state));
		access.checkRead(user, cycle, report);
		List<Commitment> relevant = relevantCommitments(state);
		List<ReportView.SectionView> sections = catalog.areas()
			.stream()
			.map(area -> section(area, report, cycle, relevant))
			.toList();
		boolean writer = access.seesDrafts(user, state) && !user.isAnonymous();
		boolean editable = writer && isEditable(report, cycle);
		List<String> missing = writer ? report.missing(areaCodes(), ids(relevant)) : List.of();
		return new ReportView(cycle, report, sections,
				report.id() == null ? List.of() : reports.attachments(report.id()), missing, editable,
				editable && missing.isEmpty(), user.isSecretariat() && report.status() == ReportStatus.SUBMITTED);
	}

	/**
	 * Saves one section if nobody saved it since {@code expectedVersion}; otherwise refuses with both texts. The
	 * narrative is sanitised before it is stored.
	 */
	@Transactional
	ReportSection saveSection(long cycleId, String state, String areaCode, SectionEdit edit) {
		CurrentUser user = CurrentUser.get();
		access.checkWrite(user, state);
		ReviewCycle cycle = reviewedCycle(cycleId, state);
		if (areaCodes().stream().noneMatch(areaCode::equals)) {
			throw new NotFoundException("Area", areaCode);
		}
		NationalReport report = editableReport(cycle, state);
		ReportSection before = report.section(areaCode);
		ReportSection after = edit.toSection(areaCode, user.username(), Instant.now(clock));
		if (edit.expectedVersion() != before.version()
				|| !reports.saveSection(report.id(), after, edit.expectedVersion())) {
			ReportSection current = reports.find(cycleId, state).orElseThrow().section(areaCode);
			throw new SectionConflictException(current, after.narrative());
		}
		audit.record("SAVE_SECTION", "NationalReport", cycle.year() + "/" + state + "/" + areaCode, state,
				describe(before), describe(after));
		return reports.find(cycleId, state).orElseThrow().section(areaCode);
	}

	@Transactional
	void saveCommitmentStatus(long cycleId, String state, long commitmentId, CommitmentProgress progress, String note) {
		CurrentUser user = CurrentUser.get();
		access.checkWrite(user, state);
		ReviewCycle cycle = reviewedCycle(cycleId, state);
		if (progress == null) {
			throw new ReportRuleException("Choose the status of the commitment.");
		}
		if (relevantCommitments(state).stream().noneMatch(c -> c.id() == commitmentId)) {
			throw new ReportRuleException("Commitment " + commitmentId + " does not name " + state + " as responsible.");
		}
		NationalReport report = editableReport(cycle, state);
		CommitmentStatus before = report.commitment(commitmentId);
		CommitmentStatus after = new CommitmentStatus(commitmentId, progress, blankToNull(note), user.username(),
				Instant.now(clock));
		reports.saveCommitmentStatus(report.id(), after);
		audit.record("SET_COMMITMENT_STATUS", "NationalReport", cycle.year() + "/" + state + "/" + commitmentId, state,
				before == null ? null : Map.of("progress", before.progress().name()),
				Map.of("progress", progress.name(), "note", String.valueOf(after.note())));
	}

	/** Keeps a supporting document, accepted only if its content is a PDF, Word or Excel file within the limit. */
	@Transactional
	long addAttachment(long cycleId, String state, String fileName, byte[] content) {
		CurrentUser user = CurrentUser.get();
		access.checkWrite(user, state);
		ReviewCycle cycle = reviewedCycle(cycleId, state);
		if (content == null || content.length == 0) {
			throw new ReportRuleException("Choose a file to attach.");
		}
		long limit = properties.maxAttachmentSize().toBytes();
		if (content.length > limit) {
			throw new ReportRuleException("The file is larger than the limit of " + properties.maxAttachmentSize() + ".");
		}
		DocumentKind kind = DocumentKind.of(content);
		if (kind == null || kind == DocumentKind.CSV) {
			throw new ReportRuleException("Only PDF, Word (DOCX) and Excel (XLSX) documents can be attached; the content "
					+ "of this file is none of them, whatever its name says.");
		}
		NationalReport report = editableReport(cycle, state);
		String name = kind.downloadName(fileName, "attachment");
		long id = reports.addAttachment(report.id(), name, kind, content, user.username(), Instant.now(clock));
		audit.record("ATTACH", "NationalReport", cycle.year() + "/" + state + "/" + id, state, null,
				Map.of("file", name, "kind", kind.name(), "size", content.length));
		return id;
	}

	@Transactional(readOnly = true)
	NationalReports.Attachment attachment(long cycleId, String state, long attachmentId) {
		NationalReport report = readable(cycleId, state);
		return (report.id() == null ? java.util.Optional.<NationalReports.Attachment>empty()
				: reports.attachment(report.id(), attachmentId))
			.orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
	}

	@Transactional(readOnly = true)
	List<NationalReports.SectionVersion> history(long cycleId, String state, String areaCode) {
		NationalReport report = readable(cycleId, state);
		return report.id() == null ? List.of() : reports.history(report.id(), areaCode);
	}

	@Transactional
	NationalReport submit(long cycleId, String state) {
		CurrentUser user = CurrentUser.get();
		access.checkWrite(user, state);
		ReviewCycle cycle = reviewedCycle(cycleId, state);
		NationalReport report = reports.find(cycleId, state).orElseGet(() -> NationalReport.unopened(cycleId, state));
		if (report.id() == null) {
			report.checkEditable(cycle.status());
			throw new ReportRuleException("The report is not complete yet.",
					report.missing(areaCodes(), ids(relevantCommitments(state))));
		}
		return change(report, cycle, "SUBMIT", r -> {
			r.submit(user.username(), cycle.status(), areaCodes(), ids(relevantCommitments(state)), Instant.now(clock));
			return new ReviewEvents.ReportSubmitted(cycleId, cycle.year(), state);
		});
	}

	@Transactional
	NationalReport returnToState(long cycleId, String state, String comment) {
		CurrentUser user = CurrentUser.get();
		ReviewCycle cycle = reviewedCycle(cycleId, state);
		NationalReport report = reports.find(cycleId, state)
			.orElseThrow(() -> new ReportRuleException("Only a submitted report can be returned; " + state
					+ " has not written one yet."));
		return change(report, cycle, "RETURN", r -> {
			r.returnToState(user.isSecretariat(), comment);
			return new ReviewEvents.ReportReturned(cycleId, cycle.year(), state, r.returnComment());
		});
	}

	private NationalReport change(NationalReport report, ReviewCycle cycle, String action,
			Function<NationalReport, Object> command) {
		String before = report.status().name();
		Object event = command.apply(report);
		reports.updateStatus(report);
		audit.record(action, "NationalReport", cycle.year() + "/" + report.stateCode(), report.stateCode(),
				Map.of("status", before), Map.of("status", report.status().name(), "comment",
						String.valueOf(report.returnComment())));
		events.publishEvent(event);
		return reports.find(report.cycleId(), report.stateCode()).orElseThrow();
	}

	private NationalReport readable(long cycleId, String state) {
		ReviewCycle cycle = reviewedCycle(cycleId, state);
		NationalReport report = reports.find(cycleId, state).orElseGet(() -> NationalReport.unopened(cycleId, state));
		access.checkRead(CurrentUser.get(), cycle, report);
		return report;
	}

	/** The stored report, opened on the first write if the cycle allows it. */
	private NationalReport editableReport(ReviewCycle cycle, String state) {
		NationalReport report = reports.find(cycle.id(), state).orElseGet(() -> NationalReport.unopened(cycle.id(), state));
		report.checkEditable(cycle.status());
		if (report.id() == null) {
			reports.open(cycle.id(), state);
			audit.record("OPEN", "NationalReport", cycle.year() + "/" + state, state, null, Map.of("status", "DRAFT"));
			report = reports.find(cycle.id(), state).orElseThrow();
		}
		return report;
	}

	private ReviewCycle reviewedCycle(long cycleId, String state) {
		ReviewCycle cycle = cycles.get(cycleId);
		if (!cycle.reviewedStates().contains(state)) {
			throw new NotFoundException("National report of " + state + " in cycle", cycleId);
		}
		return cycle;
	}

	private static boolean isEditable(NationalReport report, ReviewCycle cycle) {
		try {
			report.checkEditable(cycle.status());
			return true;
		}
		catch (ReportRuleException e) {
			return false;
		}
	}

	private ReportView.SectionView section(Area area, NationalReport report, ReviewCycle cycle, List<Commitment> relevant) {
		String state = report.stateCode();
		List<IndicatorRow> rows = catalog.indicatorsOf(area.code())
			.stream()
			.map(i -> IndicatorRow.of(i, catalog.referenceSeries(i.code(), state), catalog.targetsOf(i.code()), state,
					properties.baselineYear(), progress.find(i.code(), state).map(a -> a.status()).orElse(null)))
			.toList();
		List<ReportView.CommitmentLine> lines = relevant.stream()
			.filter(c -> area.code().equals(c.areaCode()))
			.map(c -> new ReportView.CommitmentLine(c, report.commitment(c.id())))
			.toList();
		return new ReportView.SectionView(area, report.section(area.code()), rows, lines,
				earlier.of(state, area.code(), cycle.year()));
	}

	/** The commitments that name the state among those responsible for them. */
	private List<Commitment> relevantCommitments(String state) {
		return commitments.commitments(new CommitmentQuery(null, state, null, null), 0, CommitmentRegistry.MAX_PAGE_SIZE)
			.items();
	}

	private List<String> areaCodes() {
		return catalog.areas().stream().map(Area::code).toList();
	}

	private static List<Long> ids(List<Commitment> commitments) {
		return commitments.stream().map(Commitment::id).toList();
	}

	private static Map<String, Object> describe(ReportSection section) {
		return Map.of("narrative", String.valueOf(section.narrative()), "notApplicable", section.notApplicable(),
				"reason", String.valueOf(section.notApplicableReason()), "version", section.version());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
