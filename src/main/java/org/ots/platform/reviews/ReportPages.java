package org.ots.platform.reviews;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The national report's pages: the report with a form per section (for those who may edit it), the history of a
 * section, attachments, submission and return. A refused save or submit comes back to the report with the reason.
 */
@Controller
@RequestMapping("/reviews/{cycleId}/reports/{state}")
class ReportPages {

	private final NationalReportService service;

	ReportPages(NationalReportService service) {
		this.service = service;
	}

	@GetMapping
	String report(@PathVariable long cycleId, @PathVariable String state, Model model) {
		model.addAttribute("view", service.view(cycleId, state.toUpperCase()));
		return "reviews/report-view";
	}

	@PostMapping("/sections/{area}")
	String saveSection(@PathVariable long cycleId, @PathVariable String state, @PathVariable String area,
			@RequestParam(required = false) String narrative, @RequestParam(defaultValue = "false") boolean notApplicable,
			@RequestParam(required = false) String reason, @RequestParam int version, Model model,
			RedirectAttributes redirect) {
		String code = state.toUpperCase();
		try {
			service.saveSection(cycleId, code, area.toUpperCase(),
					new SectionEdit(narrative, notApplicable, reason, version));
		}
		catch (SectionConflictException conflict) {
			model.addAttribute("view", service.view(cycleId, code));
			model.addAttribute("conflict", conflict);
			return "reviews/report-conflict";
		}
		redirect.addFlashAttribute("saved", area.toUpperCase());
		return "redirect:/reviews/{cycleId}/reports/{state}#section-" + area.toUpperCase();
	}

	@PostMapping("/commitments/{commitmentId}")
	String saveCommitment(@PathVariable long cycleId, @PathVariable String state, @PathVariable long commitmentId,
			@RequestParam(required = false) CommitmentProgress progress, @RequestParam(required = false) String note) {
		service.saveCommitmentStatus(cycleId, state.toUpperCase(), commitmentId, progress, note);
		return "redirect:/reviews/{cycleId}/reports/{state}#commitment-" + commitmentId;
	}

	@PostMapping("/attachments")
	String attach(@PathVariable long cycleId, @PathVariable String state, @RequestParam("file") MultipartFile file) {
		try {
			service.addAttachment(cycleId, state.toUpperCase(), file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return "redirect:/reviews/{cycleId}/reports/{state}#attachments";
	}

	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long cycleId, @PathVariable String state,
			@PathVariable long attachmentId) {
		NationalReports.Attachment attachment = service.attachment(cycleId, state.toUpperCase(), attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.info().kind().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(attachment.info().fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(attachment.content());
	}

	@GetMapping("/sections/{area}/history")
	String history(@PathVariable long cycleId, @PathVariable String state, @PathVariable String area, Model model) {
		model.addAttribute("view", service.view(cycleId, state.toUpperCase()));
		model.addAttribute("area", area.toUpperCase());
		model.addAttribute("versions", service.history(cycleId, state.toUpperCase(), area.toUpperCase()));
		return "reviews/report-history";
	}

	@PostMapping("/submit")
	String submit(@PathVariable long cycleId, @PathVariable String state) {
		service.submit(cycleId, state.toUpperCase());
		return "redirect:/reviews/{cycleId}/reports/{state}?submitted";
	}

	@PostMapping("/return")
	String returnToState(@PathVariable long cycleId, @PathVariable String state,
			@RequestParam(required = false) String comment) {
		service.returnToState(cycleId, state.toUpperCase(), comment);
		return "redirect:/reviews/{cycleId}/reports/{state}?returned";
	}
}
