package org.ots.platform.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.states.States;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class IndicatorsDemoContentTest {

	@Autowired
	IndicatorCatalog catalog;

	@Autowired
	States states;

	@Test
	void everyRealFigureOfTheDemoNamesAKnownSeriesAndItsSource() {
		assertThat(IndicatorsDemoContent.realFigures()).allSatisfy(figure -> {
			assertThat(catalog.find(figure.indicator())).as(figure.indicator()).isPresent();
			assertThat(states.exists(figure.state())).isTrue();
			assertThat(figure.source()).isNotBlank().doesNotContain("Illustrative");
		});
	}

	@Test
	void illustrativeProfilesUseIndicatorsOfTheFramework() {
		assertThat(IllustrativeSeries.PROFILES)
			.allSatisfy(profile -> assertThat(catalog.find(profile.indicator())).as(profile.indicator()).isPresent());
	}

	@Test
	void theStarterFrameworkCoversEveryAreaWithDefinitionsAndSources() {
		assertThat(catalog.indicators()).hasSizeGreaterThanOrEqualTo(30).allSatisfy(indicator -> {
			assertThat(indicator.definitionEn()).as(indicator.code()).hasSizeGreaterThan(40);
			assertThat(indicator.source()).as(indicator.code()).isNotBlank();
			assertThat(indicator.unit()).as(indicator.code()).isNotBlank();
			assertThat(indicator.nameRu()).as(indicator.code()).isNotBlank();
			assertThat(indicator.nameTr()).as(indicator.code()).isNotBlank();
		});
		assertThat(catalog.areas()).allSatisfy(area -> assertThat(catalog.indicatorsOf(area.code())).hasSizeGreaterThanOrEqualTo(3));
	}
}
