package org.ots.platform.notifications;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reminderDays how many days before a deadline its reminders go out (practice: a week, and the day before)
 * @param reminderCron when the daily reminder job runs (read by the scheduler from ots.notifications.reminder-cron)
 * @param lockDuration how long one instance holds the job's lock at most, should it die while running
 */
@ConfigurationProperties("ots.notifications")
record NotificationProperties(@DefaultValue({ "7", "1" }) List<Integer> reminderDays,
		@DefaultValue("0 0 6 * * *") String reminderCron, @DefaultValue("30m") Duration lockDuration) {
}
