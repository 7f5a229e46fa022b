package org.ots.platform.monitoring;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Answers the progress status of a series from the stored assessment, so that DETERIORATION alert rules can fire.
 * The projection is foresight's to answer, so it stays empty here.
 */
@Component
class StoredProgressOutlook implements SeriesOutlook {

	private final ProgressAssessments assessments;

	StoredProgressOutlook(ProgressAssessments assessments) {
		this.assessments = assessments;
	}

	@Override
	public Optional<String> progressStatus(String series) {
		int bar = series.lastIndexOf('|');
		if (bar <= 0) {
			return Optional.empty();
		}
		return assessments.find(series.substring(0, bar), series.substring(bar + 1))
			.filter(a -> a.status().assessed())
			.map(a -> a.status().code());
	}
}
