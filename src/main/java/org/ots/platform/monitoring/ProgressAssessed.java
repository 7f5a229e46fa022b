package org.ots.platform.monitoring;

/**
 * A series' progress was stored anew. Progress is recomputed after the data change committed, on another thread,
 * so the rules that read it (DETERIORATION) run on this event rather than on the data change itself, which would
 * find the status from before the change.
 */
record ProgressAssessed(String series) {
}
