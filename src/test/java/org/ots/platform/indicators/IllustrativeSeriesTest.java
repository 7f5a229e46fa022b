package org.ots.platform.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class IllustrativeSeriesTest {

	private static final Indicator SHARE = new Indicator("IT.NET.USER.ZS", "DIG", "Internet users", "", "", "", "", "",
			"% of population", 1, "ANNUAL", Direction.INCREASE, 0.0, 100.0, "World Bank", null, null, null, 0);

	@Test
	void everyGeneratedValueIsMarkedIllustrativeWithAnHonestSource() {
		List<Observation> values = IllustrativeSeries.generate(profile(0.2), SHARE, "KAZ", Instant.EPOCH);

		assertThat(values).hasSize(IllustrativeSeries.LAST_YEAR - IllustrativeSeries.FIRST_YEAR + 1)
			.allSatisfy(value -> {
				assertThat(value.illustrative()).isTrue();
				assertThat(value.source()).contains("not a real figure");
				assertThat(value.status()).isEqualTo(ObservationStatus.ESTIMATE);
			});
	}

	@Test
	void theSameDemoIsGeneratedOnEveryMachine() {
		assertThat(IllustrativeSeries.generate(profile(0.05), SHARE, "UZB", Instant.EPOCH))
			.isEqualTo(IllustrativeSeries.generate(profile(0.05), SHARE, "UZB", Instant.EPOCH));
	}

	@Test
	void generatedValuesStayWithinTheIndicatorsNaturalLimits() {
		// A steep drift would carry a share past 100% within a few years without the clipping.
		List<Observation> values = IllustrativeSeries.generate(profile(0.5), SHARE, "TUR", Instant.EPOCH);

		assertThat(values).extracting(Observation::value).allSatisfy(v -> assertThat(v).isBetween(0.0, 100.0));
		assertThat(values.get(values.size() - 1).value()).isEqualTo(100.0);
	}

	private static IllustrativeSeries.Profile profile(double drift) {
		return new IllustrativeSeries.Profile("IT.NET.USER.ZS", 40, 0.3, drift, 0.02);
	}
}
