/**
 * Telling people what the review needs from them: the in-app inbox, e-mail in the recipient's language, and the
 * reminders before each deadline of a cycle, sent once even when several instances share the database.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "states", "identity", "reviews" })
package org.ots.platform.notifications;
