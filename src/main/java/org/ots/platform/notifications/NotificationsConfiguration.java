package org.ots.platform.notifications;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The reminder job is scheduled on every instance; {@link org.ots.platform.shared.ScheduledLock} lets one of them run it. */
@Configuration
@EnableScheduling
class NotificationsConfiguration {
}
