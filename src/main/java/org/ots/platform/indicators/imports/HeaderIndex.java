package org.ots.platform.indicators.imports;

import java.util.List;

/** Finds columns in a header by their accepted names (case-insensitive), keeping the names as the file writes them. */
final class HeaderIndex {

	private final List<String> header;

	HeaderIndex(List<String> header) {
		this.header = List.copyOf(header.stream().map(h -> h.trim()).toList());
	}

	/** The position of the first column with one of the names (or "NAME: label" as SDMX-CSV may write it), or -1. */
	int find(String... names) {
		for (String name : names) {
			for (int i = 0; i < header.size(); i++) {
				String column = Layout.normalise(header.get(i));
				int colon = column.indexOf(':');
				if (column.equals(name) || colon > 0 && column.substring(0, colon).trim().equals(name)) {
					return i;
				}
			}
		}
		return -1;
	}

	String name(int index, String fallback) {
		return index >= 0 ? header.get(index) : fallback;
	}

	int size() {
		return header.size();
	}
}
