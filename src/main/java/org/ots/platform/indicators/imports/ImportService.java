package org.ots.platform.indicators.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ots.platform.identity.AuditTrail;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.indicators.IndicatorCatalog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts imports, answers about them, and keeps the publishers' code mappings. */
@Service
class ImportService {

	private static final int RECENT = 20;

	private final ImportJobs jobs;
	private final ImportRunner runner;
	private final IndicatorMappings mappings;
	private final IndicatorCatalog catalog;
	private final AuditTrail audit;
	private final ImportProperties properties;
	private final Clock clock;

	ImportService(ImportJobs jobs, ImportRunner runner, IndicatorMappings mappings, IndicatorCatalog catalog,
			AuditTrail audit, ImportProperties properties, Clock clock) {
		this.jobs = jobs;
		this.runner = runner;
		this.mappings = mappings;
		this.catalog = catalog;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Keeps the upload on disk and queues its job. A file over the size limit is refused at once, unread.
	 * @param format tidy, sdmx-csv, owid, wb, or empty to recognise it from the header
	 * @throws IllegalArgumentException for an unknown format
	 */
	long start(String fileName, long size, InputStream content, String format, String defaultSource) {
		CurrentUser user = CurrentUser.get();
		if (!user.mayWriteData()) {
			throw new AccessDeniedException("Only the Secretariat and national coordinators import data.");
		}
		String formatParam = ImportFormat.fromParam(format).map(ImportFormat::param).orElse("auto");
		String name = fileName == null || fileName.isBlank() ? "upload.csv" : Path.of(fileName).getFileName().toString();
		name = name.length() > 300 ? name.substring(name.length() - 300) : name;
		String source = defaultSource == null || defaultSource.isBlank() ? null : defaultSource.trim();
		Instant now = Instant.now(clock);
		long maxBytes = properties.maxFileSize().toBytes();
		if (size > maxBytes) {
			long id = jobs.create(name, formatParam, user, now, source, null);
			ImportErrors errors = new ImportErrors();
			errors.add(0, "", UploadedFile.tooLarge(size, maxBytes));
			jobs.reject(id, 0, 0, Map.of(), errors, now);
			return id;
		}
		Path file = store(content);
		long id = jobs.create(name, formatParam, user, now, source, file.toString());
		runner.submit(id, user);
		return id;
	}

	/** A job, for its creator and the Secretariat. */
	ImportJob job(long id) {
		ImportJob job = jobs.find(id).orElseThrow(() -> new JobNotFound(id));
		CurrentUser user = CurrentUser.get();
		if (!user.isSecretariat() && !user.username().equals(job.createdBy())) {
			throw new AccessDeniedException("This import belongs to another user.");
		}
		return job;
	}

	List<ImportJob> recent() {
		CurrentUser user = CurrentUser.get();
		return jobs.recent(user.isSecretariat() ? null : user.username(), RECENT);
	}

	/** Answers a job's question "which of our indicators is this publisher's code?", remembers it, and resumes. */
	@Transactional
	void mapAndResume(long jobId, String indicatorCode) {
		ImportJob job = job(jobId);
		if (job.status() != ImportJob.Status.NEEDS_MAPPING) {
			return;
		}
		addMapping(job.unmappedPublisher(), job.unmappedCode(), indicatorCode);
		jobs.requeue(jobId);
		// Resumes with the uploader's rights, not those of whoever answered the question.
		CurrentUser user = jobs.actingUser(jobId);
		org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
				new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCommit() {
						runner.submit(jobId, user);
					}
				});
	}

	List<IndicatorMappings.Mapping> mappings() {
		return mappings.all();
	}

	@Transactional
	void addMapping(String publisher, String externalCode, String indicatorCode) {
		CurrentUser user = CurrentUser.get();
		if (!user.mayWriteData()) {
			throw new AccessDeniedException("Only the Secretariat and national coordinators map codes.");
		}
		String pub = publisher == null ? "" : publisher.trim().toUpperCase(java.util.Locale.ROOT);
		if (!List.of("TIDY", "SDMX", "OWID", "WB").contains(pub)) {
			throw new IllegalArgumentException("'" + publisher + "' is not a publisher: use TIDY, SDMX, OWID or WB");
		}
		if (externalCode == null || externalCode.isBlank() || externalCode.length() > 300) {
			throw new IllegalArgumentException("give the publisher's code (at most 300 characters)");
		}
		if (indicatorCode == null || catalog.find(indicatorCode).isEmpty()) {
			throw new IllegalArgumentException("unknown indicator '" + indicatorCode + "'");
		}
		if (mappings.exists(pub, externalCode.trim())) {
			throw new IllegalArgumentException("'" + externalCode.trim() + "' of " + pub + " is mapped already");
		}
		mappings.add(pub, externalCode.trim(), indicatorCode, user.username(), Instant.now(clock));
		audit.record("CREATE", "IndicatorMapping", pub + "|" + externalCode.trim(), null, null,
				Map.of("publisher", pub, "externalCode", externalCode.trim(), "indicator", indicatorCode));
	}

	private Path store(InputStream content) {
		try {
			Files.createDirectories(properties.workDir());
			Path file = Files.createTempFile(properties.workDir(), "import-", ".csv");
			Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** No import job has this id. */
	static class JobNotFound extends RuntimeException {
		JobNotFound(long id) {
			super("Import " + id + " does not exist");
		}
	}
}
