package org.ots.platform.monitoring;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.ots.platform.indicators.Target;

/**
 * Which of an indicator's targets a series is measured against. Open SDG configures one target per series; our
 * framework may hold several (one per state, one for all, for different years), so one is chosen: the state's own
 * targets before the all-states ones; among them the one due in the configured target year, else the first still
 * ahead of the latest value, else the last one (a target whose year has passed still says whether it was met).
 */
final class TargetChoice {

	private TargetChoice() {
	}

	static Optional<SeriesData.SeriesTarget> choose(List<Target> targets, String state, int preferredYear,
			Integer latestYear) {
		List<Target> own = targets.stream().filter(t -> state.equals(t.stateCode())).toList();
		List<Target> candidates = own.isEmpty() ? targets.stream().filter(t -> t.stateCode() == null).toList() : own;
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		List<Target> byYear = candidates.stream().sorted(Comparator.comparingInt(Target::targetYear)).toList();
		Target chosen = byYear.stream()
			.filter(t -> t.targetYear() == preferredYear)
			.findFirst()
			.or(() -> byYear.stream().filter(t -> latestYear == null || t.targetYear() >= latestYear).findFirst())
			.orElse(byYear.get(byYear.size() - 1));
		return Optional.of(new SeriesData.SeriesTarget(chosen.targetValue(), chosen.targetYear(), chosen.origin(),
				!own.isEmpty()));
	}
}
