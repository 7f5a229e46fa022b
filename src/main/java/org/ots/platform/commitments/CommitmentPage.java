package org.ots.platform.commitments;

import java.util.List;

/** One page of a commitment list: {@code page} counts from 0, {@code total} is the size of the whole list. */
public record CommitmentPage(List<Commitment> items, int page, int size, long total) {
}
