package org.ots.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs an integration test class again on PostgreSQL, the production database. Switched on by
 * {@code -Dots.test.postgres=true} (as .ci/run does); skipped otherwise. Use on a nested subclass:
 * {@code @OnPostgres static class OnPostgresTest extends SomeTest {}}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ActiveProfiles({ "test", "postgres" })
@EnabledIfSystemProperty(named = "ots.test.postgres", matches = "true")
public @interface OnPostgres {
}
