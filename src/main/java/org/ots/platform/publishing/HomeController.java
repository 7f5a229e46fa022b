package org.ots.platform.publishing;

import org.ots.platform.indicators.IndicatorCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final IndicatorCatalog catalog;

	HomeController(IndicatorCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	String home(Model model) {
		var volume = catalog.volume();
		model.addAttribute("indicatorCount", catalog.indicators().size());
		model.addAttribute("areaCount", catalog.areas().size());
		model.addAttribute("observationCount", volume.observations());
		model.addAttribute("seriesCount", volume.series());
		return "home";
	}
}
