package org.ots.platform.reviews;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published recommendations, their history and follow-up, and the board, as JSON. */
@RestController
@RequestMapping("/api/v1/recommendations")
class RecommendationsApi {

	record Item(String code, int year, String state, String area, Priority priority, List<String> indicators,
			LocalDate dueDate, String text, RecommendationStatus status, int version) {

		static Item of(Recommendation r) {
			return new Item(r.code(), r.year(), r.state(), r.area(), r.priority(), r.indicators(), r.dueDate(), r.text(),
					r.status(), r.version());
		}
	}

	record Detail(Item recommendation, List<Recommendation.Event> history) {
	}

	record Move(RecommendationStatus status, String evidence, String period, Integer version) {
	}

	private final RecommendationService service;

	RecommendationsApi(RecommendationService service) {
		this.service = service;
	}

	@GetMapping
	List<Item> published(@RequestParam(required = false) String state, @RequestParam(required = false) String area) {
		return service.published(state, area).stream().map(Item::of).toList();
	}

	@GetMapping("/board")
	List<RecommendationService.BoardRow> board(@RequestParam(required = false) String state,
			@RequestParam(required = false) String area) {
		return service.board(state, area);
	}

	@GetMapping("/{code}")
	Detail one(@PathVariable String code) {
		return new Detail(Item.of(service.get(code)), service.history(code));
	}

	@PostMapping("/{code}/status")
	Item move(@PathVariable String code, @RequestBody Move body) {
		return Item.of(service.move(code, body.status(), body.evidence(), body.period(), body.version()));
	}
}
