package org.ots.platform.notifications;

import java.util.Locale;

/** A person a notification goes to: the inbox is keyed by user name, the e-mail by address, both in their language. */
record Recipient(String username, String email, Locale locale) {
}
