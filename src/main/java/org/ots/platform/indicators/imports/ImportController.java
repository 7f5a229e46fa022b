package org.ots.platform.indicators.imports;

import java.io.IOException;

import org.ots.platform.indicators.IndicatorCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import screens: upload, a job's progress and outcome, and the publishers' code mappings. */
@Controller
class ImportController {

	private final ImportService imports;
	private final IndicatorCatalog catalog;

	ImportController(ImportService imports, IndicatorCatalog catalog) {
		this.imports = imports;
		this.catalog = catalog;
	}

	@GetMapping("/import")
	String upload(Model model) {
		model.addAttribute("jobs", imports.recent());
		model.addAttribute("formats", ImportFormat.values());
		return "imports/upload";
	}

	@PostMapping("/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "format", defaultValue = "auto") String format,
			@RequestParam(name = "source", required = false) String source, Model model) throws IOException {
		if (file == null || file.isEmpty() && file.getOriginalFilename() != null && file.getOriginalFilename().isBlank()) {
			model.addAttribute("problem", "imports.upload.nofile");
			return upload(model);
		}
		try {
			long id = imports.start(file.getOriginalFilename(), file.getSize(), file.getInputStream(), format, source);
			return "redirect:/import/" + id;
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("problem", "imports.upload.badformat");
			return upload(model);
		}
	}

	/** The job page; htmx polls the same address for the fragment while the job runs. */
	@GetMapping("/import/{id}")
	String job(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ImportJob job = imports.job(id);
		model.addAttribute("job", job);
		if (job.status() == ImportJob.Status.NEEDS_MAPPING) {
			model.addAttribute("indicators", catalog.indicators());
		}
		return htmx != null ? "imports/job :: job" : "imports/job";
	}

	@PostMapping("/import/{id}/mapping")
	String map(@PathVariable long id, @RequestParam("indicator") String indicator, RedirectAttributes redirect) {
		try {
			imports.mapAndResume(id, indicator);
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/import/" + id;
	}

	@GetMapping("/import/mappings")
	String mappings(Model model) {
		model.addAttribute("mappings", imports.mappings());
		model.addAttribute("indicators", catalog.indicators());
		return "imports/mappings";
	}

	@PostMapping("/import/mappings")
	String addMapping(@RequestParam("publisher") String publisher, @RequestParam("externalCode") String externalCode,
			@RequestParam("indicator") String indicator, RedirectAttributes redirect) {
		try {
			imports.addMapping(publisher, externalCode, indicator);
			redirect.addFlashAttribute("saved", true);
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/import/mappings";
	}

	@ExceptionHandler(ImportService.JobNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error";
	}
}
