package org.ots.platform.experts;

import java.time.Instant;

/** One move of a product through its review, for the history on its page. */
record ProductMove(String action, ProductStatus status, String actor, Instant at, String comment) {
}
