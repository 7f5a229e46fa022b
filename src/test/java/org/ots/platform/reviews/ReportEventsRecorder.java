package org.ots.platform.reviews;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the report events the platform published, for tests to check what other modules are told. */
@Component
class ReportEventsRecorder {

	private final List<Object> events = new CopyOnWriteArrayList<>();

	@EventListener
	void submitted(ReviewEvents.ReportSubmitted event) {
		events.add(event);
	}

	@EventListener
	void returned(ReviewEvents.ReportReturned event) {
		events.add(event);
	}

	List<Object> of(long cycleId) {
		return events.stream()
			.filter(e -> e instanceof ReviewEvents.ReportSubmitted s && s.cycleId() == cycleId
					|| e instanceof ReviewEvents.ReportReturned r && r.cycleId() == cycleId)
			.toList();
	}
}
