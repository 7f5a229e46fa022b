package org.ots.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ots.platform.indicators.Direction;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The variants of the method are set in application properties, without code. */
class ProgressSettingsTest {

	@Test
	void withoutPropertiesTheSettingsAreOpenSdgs() {
		ProgressSettings settings = bind(Map.of());

		assertThat(settings).isEqualTo(ProgressSettings.openSdg());
		assertThat(settings.withoutTarget()).isEqualTo(new ProgressSettings.Thresholds(0.015, 0.005, 0));
		assertThat(settings.withTarget()).isEqualTo(new ProgressSettings.Thresholds(0.95, 0.60, 0));
	}

	@Test
	void eurostatsVariantIsSetByProperties() {
		ProgressSettings eurostat = bind(Map.of("ots.monitoring.progress.base-year", "2018",
				"ots.monitoring.progress.without-target.high", "0.01", "ots.monitoring.progress.without-target.moderate", "0",
				"ots.monitoring.progress.without-target.low", "0"));

		assertThat(eurostat.baseYear()).isEqualTo(2018);
		assertThat(eurostat.withTarget()).isEqualTo(ProgressSettings.OPEN_SDG_WITH_TARGET);
		assertThat(eurostat.fingerprint()).isNotEqualTo(ProgressSettings.openSdg().fingerprint());
		// 2018 -> 2023: (101.5/100)^(1/5) - 1 = 0.298%: moderate for Eurostat (>= 0), limited for Open SDG (< 0.5%)
		SeriesData series = new SeriesData("X", "KAZ", ProgressMeasureTest.values(2018, 100, 2023, 101.5), Direction.INCREASE,
				null, null);
		assertThat(new ProgressMeasure(eurostat).assess(series).status()).isEqualTo(ProgressStatus.MODERATE_PROGRESS);
	}

	@Test
	void thresholdsOutOfOrderAreRefusedAtStartUp() {
		assertThatThrownBy(() -> bind(Map.of("ots.monitoring.progress.with-target.high", "0.5",
				"ots.monitoring.progress.with-target.moderate", "0.6", "ots.monitoring.progress.with-target.low", "0")))
			.isInstanceOf(BindException.class)
			.hasStackTraceContaining("high >= moderate >= low");
	}

	@Test
	void aTargetYearBeforeTheBaseYearIsRefused() {
		assertThatThrownBy(() -> bind(Map.of("ots.monitoring.progress.target-year", "2010")))
			.hasStackTraceContaining("must come after base-year");
	}

	private static ProgressSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("ots.monitoring.progress", ProgressSettings.class);
	}
}
