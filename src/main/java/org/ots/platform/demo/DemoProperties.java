package org.ots.platform.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load the demo on the first start of an empty database
 * @param password the password of every demo account (not of the admin); for demonstrations only
 */
@ConfigurationProperties("ots.demo")
record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("demo-password-2026") String password) {
}
