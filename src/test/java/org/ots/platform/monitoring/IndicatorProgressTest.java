package org.ots.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Series scores aggregate into the indicator as Open SDG's get_indicator_progress does. */
class IndicatorProgressTest {

	@Test
	void theMeanScoreDecidesTheStatusAndStatusesAreCounted() {
		// (4.6 + 1.2 - 3.4) / 3 = 0.8 -> moderate; the unassessed series counts but has no score
		IndicatorProgress p = IndicatorProgress.of("X", List.of(series(ProgressStatus.SUBSTANTIAL_PROGRESS, 4.6),
				series(ProgressStatus.MODERATE_PROGRESS, 1.2), series(ProgressStatus.DETERIORATION, -3.4),
				series(ProgressStatus.UNABLE_TO_ASSESS, null)));

		assertThat(p.score()).isCloseTo(0.8, within(1e-12));
		assertThat(p.status()).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
		assertThat(p.scoredSeries()).isEqualTo(3);
		assertThat(p.statuses()).isEqualTo(Map.of(ProgressStatus.SUBSTANTIAL_PROGRESS, 1, ProgressStatus.MODERATE_PROGRESS, 1,
				ProgressStatus.DETERIORATION, 1, ProgressStatus.UNABLE_TO_ASSESS, 1));
	}

	@Test
	void bandsIncludeTheirLowerBound() {
		assertThat(IndicatorProgress.of("X", List.of(series(ProgressStatus.SUBSTANTIAL_PROGRESS, 2.5))).status())
			.isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
		assertThat(IndicatorProgress.of("X", List.of(series(ProgressStatus.MODERATE_PROGRESS, 0.0))).status())
			.isEqualTo(ProgressStatus.MODERATE_PROGRESS);
		assertThat(IndicatorProgress.of("X", List.of(series(ProgressStatus.LIMITED_PROGRESS, -2.5))).status())
			.isEqualTo(ProgressStatus.LIMITED_PROGRESS);
		assertThat(IndicatorProgress.of("X", List.of(series(ProgressStatus.DETERIORATION, -2.51))).status())
			.isEqualTo(ProgressStatus.DETERIORATION);
	}

	@Test
	void targetAchievedOnlyWhenEverySeriesAchievedIt() {
		ProgressAssessment achieved = series(ProgressStatus.TARGET_ACHIEVED, 5.0);

		assertThat(IndicatorProgress.of("X", List.of(achieved, achieved)).status()).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
		IndicatorProgress mixed = IndicatorProgress.of("X", List.of(achieved, series(ProgressStatus.SUBSTANTIAL_PROGRESS, 4.0)));
		assertThat(mixed.status()).isEqualTo(ProgressStatus.SUBSTANTIAL_PROGRESS);
		assertThat(mixed.score()).isEqualTo(4.5);
	}

	@Test
	void withoutAnyScoreTheIndicatorCannotBeAssessed() {
		IndicatorProgress p = IndicatorProgress.of("X", List.of(series(ProgressStatus.UNABLE_TO_ASSESS, null)));

		assertThat(p.status()).isEqualTo(ProgressStatus.UNABLE_TO_ASSESS);
		assertThat(p.score()).isNull();
	}

	private static ProgressAssessment series(ProgressStatus status, Double score) {
		return new ProgressAssessment("X", "KAZ", status, score, "NO_TARGET", 2, 2015, 1.0, 2020, 1.0, null, null, null,
				1, 1, null, null, null, null, null, null, null, List.of(), "test", null);
	}
}
