package org.ots.platform.indicators.imports;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.ots.platform.identity.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/** Imports for scripts: POST a file, then poll the job until it is DONE or REJECTED (with the bad rows). */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApiController {

	private final ImportService imports;

	ImportApiController(ImportService imports) {
		this.imports = imports;
	}

	record JobStatus(long id, String fileName, String format, String status, int totalRows, int processedRows,
			int insertedRows, int updatedRows, int unchangedRows, int skippedRows, Map<String, Integer> skipped,
			int errorCount, List<RowError> errors, String message, String unmappedPublisher, String unmappedCode) {

		static JobStatus of(ImportJob job) {
			return new JobStatus(job.id(), job.fileName(), job.format(), job.status().name(), job.totalRows(),
					job.processedRows(), job.insertedRows(), job.updatedRows(), job.unchangedRows(), job.skippedRows(),
					job.skippedDetail(), job.errorCount(), job.errors(), job.message(), job.unmappedPublisher(),
					job.unmappedCode());
		}
	}

	@PostMapping
	ResponseEntity<JobStatus> upload(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "format", required = false) String format,
			@RequestParam(name = "source", required = false) String source) throws IOException {
		long id = imports.start(file.getOriginalFilename(), file.getSize(), file.getInputStream(), format, source);
		return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + id)).body(JobStatus.of(imports.job(id)));
	}

	@GetMapping("/{id}")
	JobStatus job(@PathVariable long id) {
		if (CurrentUser.get().isAnonymous()) {
			throw new AccessDeniedException("Sign in to see imports.");
		}
		return JobStatus.of(imports.job(id));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@ExceptionHandler(ImportService.JobNotFound.class)
	ProblemDetail notFound(ImportService.JobNotFound e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
	}
}
