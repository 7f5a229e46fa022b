package org.ots.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A browser test: runs with {@code -Dots.test.browser=true} when Debian's chromium and chromedriver are installed
 * (see {@link Chromium}). Inherited, unlike JUnit's own conditions, so that the nested
 * {@code @OnPostgres static class OnPostgresTest extends SomeBrowserTest {}} needs both switches and not only the
 * PostgreSQL one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@EnabledIfSystemProperty(named = "ots.test.browser", matches = "true")
@EnabledIf("org.ots.platform.Chromium#installed")
public @interface InChromium {
}
