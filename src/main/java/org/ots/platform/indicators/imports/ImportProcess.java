package org.ots.platform.indicators.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ots.platform.identity.AuditTrail;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.indicators.ObservationsChanged;
import org.ots.platform.states.State;
import org.ots.platform.states.States;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import job: checks the file, reads and validates every row without writing anything (the progress
 * goes to the job row as it advances), then either rejects the file with all its bad rows or writes all rows in
 * one short transaction, with one audit entry and an {@link ObservationsChanged} event.
 */
@Component
class ImportProcess {

	private static final Logger log = LoggerFactory.getLogger(ImportProcess.class);
	private static final long PROGRESS_EVERY_MILLIS = 200;

	private final ImportJobs jobs;
	private final IndicatorMappings mappings;
	private final ImportWriter writer;
	private final IndicatorCatalog catalog;
	private final States states;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final ImportProperties properties;
	private final Clock clock;

	ImportProcess(ImportJobs jobs, IndicatorMappings mappings, ImportWriter writer, IndicatorCatalog catalog,
			States states, AuditTrail audit, ApplicationEventPublisher events, TransactionTemplate transaction,
			ImportProperties properties, Clock clock) {
		this.jobs = jobs;
		this.mappings = mappings;
		this.writer = writer;
		this.catalog = catalog;
		this.states = states;
		this.audit = audit;
		this.events = events;
		this.transaction = transaction;
		this.properties = properties;
		this.clock = clock;
	}

	void run(long jobId, CurrentUser user) {
		ImportJob job = jobs.find(jobId).orElseThrow();
		Path file = Path.of(job.workFile());
		boolean keepFile = false;
		try {
			keepFile = process(job, file, user);
		}
		catch (RuntimeException | IOException e) {
			log.error("Import {} failed", jobId, e);
			jobs.fail(jobId, "The import stopped because of a fault of the platform; nothing was written. ("
					+ e.getClass().getSimpleName() + ")", Instant.now(clock));
		}
		finally {
			if (!keepFile) {
				delete(file);
			}
		}
	}

	/** Returns true when the job waits for a mapping and its file must be kept. */
	private boolean process(ImportJob job, Path path, CurrentUser user) throws IOException {
		UploadedFile file = new UploadedFile(path);
		RowError unreadable = file.check(properties.maxFileSize().toBytes());
		ImportErrors errors = new ImportErrors();
		if (unreadable != null) {
			errors.add(unreadable.line(), unreadable.column(), unreadable.message());
			jobs.reject(job.id(), 0, 0, Map.of(), errors, Instant.now(clock));
			return false;
		}
		ImportFormat format = ImportFormat.fromParam(job.format()).orElseGet(() -> ImportFormat.detect(file.firstLine()));
		int total = Math.max(0, file.lines() - 1);
		jobs.status(job.id(), ImportJob.Status.VALIDATING, format.param());
		jobs.progress(job.id(), 0, total);
		RowChecker checker = new RowChecker(indicators(), mappings.of(format.publisher()), format.publisher(),
				stateCodes(), user, LocalDate.now(clock).getYear(), job.defaultSource(), errors);
		ReadContext context = new ReadContext(checker, errors, progress(job.id(), total));
		long started = System.nanoTime();
		try (CsvReader csv = new CsvReader(file.reader())) {
			Layout.of(format).read(csv, context);
		}
		catch (Layout.UnmappedCode e) {
			jobs.needsMapping(job.id(), format.publisher(), e.code());
			return true;
		}
		catch (CsvReader.MalformedCsvException e) {
			errors.add(e.line(), "", e.getMessage());
		}
		int rows = checker.checked() + context.skippedRows();
		if (!errors.any() && checker.rows().size() == 0) {
			errors.add(0, "", "the file has no rows of data (only a header, or only rows outside the platform)");
		}
		if (errors.any()) {
			jobs.reject(job.id(), rows, context.skippedRows(), context.skipped(), errors, Instant.now(clock));
			return false;
		}
		jobs.status(job.id(), ImportJob.Status.WRITING, format.param());
		long checked = System.nanoTime();
		write(job, format, checker.rows(), rows, context, user);
		log.info("Import {} of {} rows: checked in {} ms, written in {} ms", job.id(), rows,
				(checked - started) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
		return false;
	}

	private void write(ImportJob job, ImportFormat format, ImportRows rows, int total, ReadContext context,
			CurrentUser user) {
		transaction.executeWithoutResult(tx -> {
			Instant now = Instant.now(clock);
			ImportWriter.Written written = writer.write(job.id(), rows, user.username(), now);
			jobs.done(job.id(), total, written.inserted(), written.updated(), written.unchanged(),
					context.skippedRows(), context.skipped(), now);
			audit.recordAs(user.username(), "IMPORT", "ImportJob", job.id(), user.isSecretariat() ? null : user.stateCode(),
					null, Map.of("file", job.fileName(), "format", format.param(), "rows", total, "inserted",
							written.inserted(), "updated", written.updated(), "unchanged", written.unchanged(),
							"skipped", context.skippedRows()));
			if (!written.series().isEmpty()) {
				events.publishEvent(new ObservationsChanged(written.series()));
			}
		});
	}

	private java.util.function.IntConsumer progress(long jobId, int total) {
		long[] last = { System.currentTimeMillis() };
		return line -> {
			long now = System.currentTimeMillis();
			if (now - last[0] >= PROGRESS_EVERY_MILLIS) {
				last[0] = now;
				jobs.progress(jobId, Math.min(line - 1, total), total);
			}
		};
	}

	private Map<String, Indicator> indicators() {
		return catalog.indicators().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
	}

	private Set<String> stateCodes() {
		return states.all().stream().map(State::code).collect(Collectors.toSet());
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.warn("Could not delete the uploaded file {}", file, e);
		}
	}
}
