/**
 * Telling people what the review needs from them: the in-app inbox, e-mail in the recipient's language, and the
 * reminders before each deadline of a cycle, sent once even when several instances share the database; and the new
 * alerts of monitoring to their subscribers; and analytical products waiting for the Secretariat's review.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "states", "identity", "reviews", "monitoring", "experts" })
package org.ots.platform.notifications;
