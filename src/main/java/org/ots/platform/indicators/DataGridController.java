package org.ots.platform.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ots.platform.identity.CurrentUser;
import org.ots.platform.states.State;
import org.ots.platform.states.States;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The data entry grid. With JavaScript each cell saves itself on change (htmx) and is replaced by its new state:
 * saved, refused with the reason, saved with a warning, or in conflict with a change someone else made.
 * Without JavaScript every cell is a small form of its own.
 */
@Controller
class DataGridController {

	private final DataGrid grid;
	private final IndicatorCatalog catalog;
	private final ObservationService service;
	private final States states;
	private final MessageSource messages;
	private final Clock clock;

	DataGridController(DataGrid grid, IndicatorCatalog catalog, ObservationService service, States states, MessageSource messages, Clock clock) {
		this.grid = grid;
		this.catalog = catalog;
		this.service = service;
		this.states = states;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/data/grid")
	String page(@RequestParam(required = false) String state, @RequestParam(required = false) String area,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model,
			Locale locale) {
		CurrentUser user = CurrentUser.get();
		List<State> choices = user.isSecretariat() ? states.all() : states.find(user.stateCode()).stream().toList();
		if (choices.isEmpty()) {
			throw new AccessDeniedException("grid.forbidden");
		}
		State chosen = state == null || state.isBlank() ? choices.get(0) : states.get(state);
		if (!user.mayWriteDataOf(chosen.code())) {
			throw new AccessDeniedException("grid.forbidden");
		}
		String areaCode = area == null || area.isBlank() ? catalog.areas().get(0).code() : area;
		int lastYear = LocalDate.now(clock).getYear() - 1;
		int toYear = to == null ? lastYear : Math.min(to, lastYear + 1);
		int fromYear = from == null ? toYear - 9 : Math.max(from, toYear - DataGrid.MAX_YEARS + 1);
		if (fromYear > toYear) {
			fromYear = toYear;
		}
		model.addAttribute("stateChoices", choices);
		model.addAttribute("state", chosen);
		model.addAttribute("areas", catalog.areas());
		model.addAttribute("area", areaCode);
		model.addAttribute("areaName", catalog.areas().stream().filter(a -> a.code().equals(areaCode))
			.findFirst().map(a -> a.name().in(locale)).orElse(areaCode));
		model.addAttribute("from", fromYear);
		model.addAttribute("to", toYear);
		model.addAttribute("years", DataGrid.years(fromYear, toYear));
		model.addAttribute("rows", grid.rows(chosen.code(), areaCode, fromYear, toYear));
		return "indicators/grid";
	}

	/** The row again, for another source (the source field of the row changed). */
	@GetMapping("/data/grid/row")
	String row(@RequestParam String indicator, @RequestParam String state, @RequestParam int from, @RequestParam int to,
			@RequestParam(required = false) String source, Model model) {
		mayWrite(state);
		model.addAttribute("row", grid.row(catalog.get(indicator), states.get(state).code(), from,
				Math.min(to, from + DataGrid.MAX_YEARS - 1), source));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "indicators/grid :: row(row=${row})";
	}

	/** The cell as stored now: "keep theirs" after a conflict. */
	@GetMapping("/data/grid/cell")
	String cell(@RequestParam String indicator, @RequestParam String state, @RequestParam String period,
			@RequestParam String source, Model model) {
		mayWrite(state);
		// A malformed period is refused (400 by PageErrors) rather than shown as an empty, editable cell.
		String checked = org.ots.platform.shared.Period.parse(period).code();
		model.addAttribute("c", grid.cell(catalog.get(indicator), states.get(state).code(), checked, source));
		return "indicators/grid :: cell(c=${c})";
	}

	@PostMapping("/data/grid/cell")
	String save(@RequestParam String indicator, @RequestParam String state, @RequestParam String period,
			@RequestParam String source, @RequestParam(defaultValue = "") String value,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) String overwrite,
			@RequestParam(required = false) String keep, @RequestParam(required = false) String area,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Indicator ind = catalog.get(indicator);
		String stateCode = states.get(state).code();
		GridCell before = grid.cell(ind, stateCode, period, source);
		GridCell after;
		if (!CurrentUser.get().mayWriteDataOf(stateCode)) {
			// Checked here, not only by the write: "keep theirs" writes nothing but must not serve another state's cell.
			after = before.typed(value, version, GridCell.Outcome.FORBIDDEN, text("grid.forbidden", locale, stateCode), null);
		}
		else if (keep != null) {
			after = before;
		}
		else {
			after = write(before, value, overwrite == null ? version : overwritten(overwrite), locale);
		}
		response.setStatus(switch (after.outcome()) {
			case INVALID -> 422;
			case CONFLICT -> 409;
			case FORBIDDEN -> 403;
			default -> 200;
		});
		model.addAttribute("c", after);
		if (htmx != null) {
			return "indicators/grid :: cell(c=${c})";
		}
		if (!after.outcome().isError()) {
			redirect.addFlashAttribute("notice", after.message());
			return "redirect:" + UriComponentsBuilder.fromPath("/data/grid")
				.queryParam("state", stateCode)
				.queryParam("area", area == null ? ind.areaCode() : area)
				.queryParamIfPresent("from", java.util.Optional.ofNullable(from))
				.queryParamIfPresent("to", java.util.Optional.ofNullable(to))
				.build()
				.encode()
				.toUriString();
		}
		model.addAttribute("area", area == null ? ind.areaCode() : area);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "indicators/grid-cell";
	}

	private GridCell write(GridCell cell, String typed, Integer version, Locale locale) {
		try {
			if (typed.isBlank()) {
				return remove(cell, version, locale);
			}
			Observation stored = cell.stored();
			var saved = service.save(new ObservationEdit(cell.indicator().code(), cell.state(), cell.period(),
					cell.source(), typed, stored == null ? null : stored.status().name(),
					stored == null ? null : stored.note(), version));
			GridCell fresh = grid.cell(cell.indicator(), cell.state(), cell.period(), cell.source());
			if (!saved.warnings().isEmpty()) {
				return fresh.with(GridCell.Outcome.WARNING, text("grid.warning.unusual", locale, typed, saved.observation().version()));
			}
			return fresh.with(GridCell.Outcome.SAVED,
					text("grid.saved", locale, saved.observation().version()));
		}
		catch (InvalidObservationException e) {
			return cell.typed(typed, version, GridCell.Outcome.INVALID, CellMessages.refusal(e.check(), cell, typed,
					messages, locale), null);
		}
		catch (ConflictingEditException e) {
			return cell.typed(typed, version, GridCell.Outcome.CONFLICT,
					text(e.current() == null ? "grid.conflict.removed" : "grid.conflict", locale), e.current());
		}
		catch (AccessDeniedException e) {
			return cell.typed(typed, version, GridCell.Outcome.FORBIDDEN,
					text("grid.forbidden", locale, cell.state()), null);
		}
	}

	private GridCell remove(GridCell cell, Integer version, Locale locale) {
		if (cell.stored() == null) {
			return cell;
		}
		service.delete(cell.stored().id(), version == null ? -1 : version);
		return grid.cell(cell.indicator(), cell.state(), cell.period(), cell.source())
			.with(GridCell.Outcome.DELETED, text("grid.deleted", locale));
	}

	/** The version to overwrite deliberately: the other person's, or none when they removed the value. */
	private static Integer overwritten(String theirVersion) {
		try {
			return theirVersion.isBlank() ? null : Integer.valueOf(theirVersion.trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private void mayWrite(String state) {
		if (!CurrentUser.get().mayWriteDataOf(state)) {
			throw new AccessDeniedException("grid.forbidden");
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
