package org.ots.platform.reviews;

import java.util.Set;

/** A review cycle moved from one state to another (opened when {@code from} is null). */
public record CycleMoved(long cycleId, int year, CycleStatus from, CycleStatus to, Set<String> reviewedStates) {
}
