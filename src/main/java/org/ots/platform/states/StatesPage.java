package org.ots.platform.states;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public list of the states taking part: members, observers and the OTS aggregate. */
@Controller
class StatesPage {

	private final States states;

	StatesPage(States states) {
		this.states = states;
	}

	@GetMapping("/states")
	String list(Model model) {
		model.addAttribute("members", states.all().stream().filter(State::isMember).toList());
		model.addAttribute("observers", states.all().stream().filter(s -> s.kind() == State.Kind.OBSERVER).toList());
		model.addAttribute("aggregates", states.all().stream().filter(State::isAggregate).toList());
		return "states/list";
	}
}
