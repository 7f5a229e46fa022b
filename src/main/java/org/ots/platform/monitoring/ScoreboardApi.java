package org.ots.platform.monitoring;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * The scoreboard of an area as JSON, public like the page. The answer is the same for every caller, so it is kept
 * written out (in {@link ScoreboardCache}, dropped with the board) instead of being serialised on every request.
 */
@RestController
@RequestMapping("/api/v1/scoreboard")
@Tag(name = "Progress", description = "Progress status of every series (indicator x state) by the Open SDG method, "
		+ "with its inputs and the formula with the numbers")
class ScoreboardApi {

	record Board(String area, Integer year, String sort, List<String> indicators, List<Row> rows) {
	}

	/** One state's row; {@code aggregate} marks the OTS row, which stays last. */
	record Row(String state, boolean aggregate, List<Cell> cells) {
	}

	record Cell(String indicator, ProgressStatus status, String statusCode, Double value, String period,
			boolean illustrative) {
	}

	private final ProgressViews views;
	private final ScoreboardCache cache;
	private final JsonMapper json;

	ScoreboardApi(ProgressViews views, ScoreboardCache cache, JsonMapper json) {
		this.views = views;
		this.cache = cache;
		this.json = json;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "States x indicators of an area: each series' progress status and latest value up to a year "
			+ "(404 for an unknown area); sort by 'state', an indicator code (ascending) or '-' and a code")
	@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Board.class)))
	ResponseEntity<byte[]> board(@RequestParam(required = false) String area,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String sort) {
		Scoreboard board = views.scoreboard(area, year, sort);
		byte[] body = cache.json(board, () -> json.writeValueAsBytes(of(board)));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	private static Board of(Scoreboard board) {
		List<String> indicators = board.indicators().stream().map(i -> i.code()).toList();
		List<Row> rows = new ArrayList<>();
		board.rows().forEach(r -> rows.add(row(r, false, indicators)));
		if (board.aggregate() != null) {
			rows.add(row(board.aggregate(), true, indicators));
		}
		return new Board(board.area().code(), board.year(), board.sort(), indicators, rows);
	}

	private static Row row(Scoreboard.Row row, boolean aggregate, List<String> indicators) {
		return new Row(row.state().code(), aggregate, indicators.stream().map(i -> {
			Scoreboard.Cell c = row.cell(i);
			return new Cell(i, c.status(), c.status() == null ? null : c.status().code(), c.value(), c.period(),
					c.illustrative());
		}).toList());
	}
}
