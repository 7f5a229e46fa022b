package org.ots.platform.foresight;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One assumed path of one series in a scenario: its kind and its points (year to growth rate or level). */
public record ScenarioPath(String indicator, String state, PathKind kind, SortedMap<Integer, Double> points) {

	public ScenarioPath {
		if (points.isEmpty()) {
			throw new IllegalArgumentException("a path needs at least one point");
		}
		points = Collections.unmodifiableSortedMap(new TreeMap<>(points));
	}

	public int lastYear() {
		return points.lastKey();
	}

	/** The points as the form shows them: "2025=8; 2030=3". */
	public String pointsText() {
		return points.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + java.math.BigDecimal.valueOf(e.getValue()).stripTrailingZeros().toPlainString())
			.collect(Collectors.joining("; "));
	}

	/** What the audit trail keeps of the path. */
	String describe() {
		return indicator + "|" + state + " " + kind + " " + pointsText();
	}
}
