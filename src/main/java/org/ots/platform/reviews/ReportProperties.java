package org.ots.platform.reviews;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of national reports (under ots.reviews, beside the cycle's).
 *
 * @param maxAttachmentSize the largest document a report may carry
 * @param baselineYear the baseline of the indicator tables is the first reference value in or after this year;
 *        without it, the first value on record
 */
@ConfigurationProperties("ots.reviews")
record ReportProperties(@DefaultValue("20MB") DataSize maxAttachmentSize, Integer baselineYear) {
}
