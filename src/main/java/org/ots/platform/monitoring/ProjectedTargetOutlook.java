package org.ots.platform.monitoring;

import java.util.Optional;

import org.ots.platform.foresight.TargetOutlook;
import org.springframework.stereotype.Component;

/**
 * Answers whether a series is projected to meet its target from foresight's stored projection (met when the
 * probability reaches foresight's "at risk" bound), so that PROJECTION_OFF_TRACK alert rules can fire. Progress is
 * {@link StoredProgressOutlook}'s to answer, so it stays empty here.
 */
@Component
class ProjectedTargetOutlook implements SeriesOutlook {

	private final TargetOutlook targets;

	ProjectedTargetOutlook(TargetOutlook targets) {
		this.targets = targets;
	}

	@Override
	public Optional<Boolean> projectedToMeetTarget(String series) {
		int bar = series.lastIndexOf('|');
		return bar <= 0 ? Optional.empty() : targets.projectedToMeetTarget(series.substring(0, bar), series.substring(bar + 1));
	}
}
