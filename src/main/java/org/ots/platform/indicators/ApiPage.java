package org.ots.platform.indicators;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** One page of a list answered by the API, with the total so that clients know how many pages follow. */
record ApiPage<T>(List<T> items, int page, int size, long total) {

	static final int MAX_SIZE = 500;

	/** Refuses paging parameters that cannot be meant (a negative page, an empty or huge page). */
	static void check(int page, int size) {
		if (page < 0) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page counts from 0; " + page + " is not a page");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "size is from 1 to " + MAX_SIZE + ", not " + size);
		}
	}

	static <T> ApiPage<T> of(List<T> all, int page, int size) {
		check(page, size);
		int from = (int) Math.min((long) page * size, all.size());
		int to = Math.min(from + size, all.size());
		return new ApiPage<>(all.subList(from, to), page, size, all.size());
	}
}
