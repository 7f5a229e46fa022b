package org.ots.platform.indicators.imports;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/** Open data download of observations (published data: no sign-in), in every layout the platform imports. */
@Controller
class ExportController {

	private final ObservationExport export;

	ExportController(ObservationExport export) {
		this.export = export;
	}

	@GetMapping("/export/observations")
	void observations(@RequestParam(name = "format", defaultValue = "tidy") String format,
			@RequestParam(name = "area", required = false) String area,
			@RequestParam(name = "state", required = false) String state,
			@RequestParam(name = "from", required = false) Integer from,
			@RequestParam(name = "to", required = false) Integer to,
			@RequestParam(name = "indicator", required = false) String indicator, HttpServletResponse response)
			throws IOException {
		ImportFormat layout;
		try {
			layout = ImportFormat.fromParam(format).orElse(ImportFormat.TIDY);
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("ots-observations-" + layout.param() + ".csv")
			.build()
			.toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		export.write(layout, new ObservationExport.Filter(blank(area), upper(state), from, to, blank(indicator)), out);
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private static String upper(String text) {
		return text == null || text.isBlank() ? null : text.trim().toUpperCase(java.util.Locale.ROOT);
	}
}
