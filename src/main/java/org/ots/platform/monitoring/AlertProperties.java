package org.ots.platform.monitoring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cron when the daily run of all active rules starts (UTC; read by the scheduler from
 *        ots.monitoring.alerts.cron); it catches deadlines that passed and anything a change did not evaluate
 * @param lockDuration how long one instance holds the run's lock at most, should it die while running
 */
@ConfigurationProperties("ots.monitoring.alerts")
record AlertProperties(@DefaultValue("0 30 5 * * *") String cron, @DefaultValue("30m") Duration lockDuration) {
}
