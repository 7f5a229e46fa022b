package org.ots.platform.reviews;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Written questions and answers of a reviewed state, as JSON. */
@RestController
@RequestMapping("/api/v1/cycles/{cycleId}/questions/{state}")
class QuestionsApi {

	record NewQuestion(String area, String question) {
	}

	record NewAnswer(String answer, Integer version) {
	}

	private final QuestionService questions;

	QuestionsApi(QuestionService questions) {
		this.questions = questions;
	}

	@GetMapping
	List<WrittenQuestion> thread(@PathVariable long cycleId, @PathVariable String state) {
		return questions.thread(cycleId, state.toUpperCase(java.util.Locale.ROOT));
	}

	@PostMapping
	ResponseEntity<WrittenQuestion> ask(@PathVariable long cycleId, @PathVariable String state,
			@RequestBody NewQuestion body) {
		WrittenQuestion asked = questions.ask(cycleId, state.toUpperCase(java.util.Locale.ROOT), body.area(),
				body.question());
		return ResponseEntity.created(URI.create("/api/v1/cycles/" + cycleId + "/questions/" + asked.reviewedState()
				+ "/" + asked.id())).body(asked);
	}

	@GetMapping("/{questionId}")
	WrittenQuestion question(@PathVariable long cycleId, @PathVariable String state, @PathVariable long questionId) {
		return inThread(questions.visible(questionId), cycleId, state);
	}

	@PostMapping("/{questionId}/answer")
	WrittenQuestion answer(@PathVariable long cycleId, @PathVariable String state, @PathVariable long questionId,
			@RequestBody NewAnswer body) {
		return inThread(questions.answer(questionId, body.answer(), body.version()), cycleId, state);
	}

	@PostMapping("/{questionId}/accept-late")
	WrittenQuestion acceptLate(@PathVariable long cycleId, @PathVariable String state, @PathVariable long questionId) {
		return inThread(questions.acceptLate(questionId), cycleId, state);
	}

	private static WrittenQuestion inThread(WrittenQuestion q, long cycleId, String state) {
		if (q.cycleId() != cycleId || !q.reviewedState().equalsIgnoreCase(state)) {
			throw new org.ots.platform.shared.NotFoundException("Question", q.id());
		}
		return q;
	}
}
