package org.ots.platform.experts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxFileSize the largest file a product may carry; a larger upload is refused with a message */
@ConfigurationProperties("ots.experts")
record ExpertsProperties(@DefaultValue("20MB") DataSize maxFileSize) {
}
