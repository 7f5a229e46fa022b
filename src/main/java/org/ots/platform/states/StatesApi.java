package org.ots.platform.states;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.ots.platform.shared.LocalizedText;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/states")
@Tag(name = "States", description = "Member and observer states, and the OTS aggregate")
class StatesApi {

	private final States states;

	StatesApi(States states) {
		this.states = states;
	}

	record StateJson(String code, String isoCode, State.Kind kind, LocalizedText name) {

		static StateJson of(State state) {
			return new StateJson(state.code(), state.isoCode(), state.kind(), state.name());
		}
	}

	@GetMapping
	List<StateJson> all() {
		return states.all().stream().map(StateJson::of).toList();
	}

	@GetMapping("/{code}")
	StateJson one(@PathVariable String code) {
		return StateJson.of(states.get(code));
	}
}
