package org.ots.platform.identity;

/** A research institute or think tank whose experts take part in reviews; it belongs to one state. */
record Institution(long id, String name, String stateCode) {
}
