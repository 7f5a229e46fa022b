package org.ots.platform;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every PostgreSQL test context a schema of its own (fixed once, unlike ${random.*}, which changes at
 * each use), so contexts cached side by side in one test run never see each other's rows.
 */
class PostgresSchemaPerContext implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String schema = "ots_t" + Long.toString(System.currentTimeMillis(), 36) + ThreadLocalRandom.current().nextInt(1000);
		environment.getPropertySources().addFirst(new MapPropertySource("ots-test-schema", Map.of("ots.test.schema", schema)));
	}
}
