package org.ots.platform.indicators;

import org.ots.platform.identity.CurrentUser;
import org.ots.platform.shared.NotFoundException;
import org.ots.platform.shared.Period;
import org.ots.platform.states.States;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The story of one value (indicator, state, period): what every source says now, which one is the reference,
 * and every earlier version with who replaced it. Public, because published figures must be traceable; the
 * Secretariat and the state's coordinator may choose the reference source or remove a value here.
 */
@Controller
class ValueHistoryController {

	private final IndicatorCatalog catalog;
	private final States states;
	private final Observations observations;
	private final ObservationService service;

	ValueHistoryController(IndicatorCatalog catalog, States states, Observations observations,
			ObservationService service) {
		this.catalog = catalog;
		this.states = states;
		this.observations = observations;
		this.service = service;
	}

	@GetMapping("/observations/history")
	String history(@RequestParam String indicator, @RequestParam String state, @RequestParam String period,
			Model model) {
		Indicator ind = catalog.get(indicator);
		var st = states.get(state);
		Period p = Period.parse(period);
		model.addAttribute("indicator", ind);
		model.addAttribute("state", st);
		model.addAttribute("period", p.code());
		model.addAttribute("current", observations.allSources(ind.code(), st.code(), p.code()));
		model.addAttribute("earlier", observations.history(ind.code(), st.code(), p.code()));
		model.addAttribute("mayChange", CurrentUser.get().mayWriteDataOf(st.code()));
		return "indicators/history";
	}

	@PostMapping("/observations/{id}/reference")
	String markReference(@PathVariable long id, RedirectAttributes redirect) {
		Observation chosen = observations.findById(id)
			.orElseThrow(() -> new NotFoundException("Observation", id));
		service.markReference(id);
		redirect.addFlashAttribute("done", "reference");
		return back(chosen);
	}

	@PostMapping("/observations/{id}/delete")
	String delete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		Observation removed = observations.findById(id)
			.orElseThrow(() -> new NotFoundException("Observation", id));
		try {
			service.delete(id, version);
			redirect.addFlashAttribute("done", "deleted");
		}
		catch (ConflictingEditException e) {
			redirect.addFlashAttribute("done", "conflict");
		}
		return back(removed);
	}

	private static String back(Observation o) {
		return "redirect:" + UriComponentsBuilder.fromPath("/observations/history")
			.queryParam("indicator", o.indicatorCode())
			.queryParam("state", o.stateCode())
			.queryParam("period", o.period().code())
			.build()
			.encode()
			.toUriString();
	}
}
