package org.ots.platform.foresight;

/**
 * The projection of a series ({@code INDICATOR|STATE}) was stored anew. Projections are recomputed after the data
 * change committed, on another thread, so whoever reads them (monitoring's "projection off track" rules) listens to
 * this rather than to the data change, which would find the projection from before it.
 */
public record ProjectionUpdated(String series) {
}
