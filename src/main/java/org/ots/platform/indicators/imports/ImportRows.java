package org.ots.platform.indicators.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ots.platform.shared.Period;

/**
 * The validated rows of one file, column by column in primitive arrays: codes, periods and sources repeat on
 * almost every row, so rows hold indexes into small dictionaries. A million rows fit in about 40 MB.
 */
final class ImportRows {

	final Dictionary<String> indicators = new Dictionary<>();
	final Dictionary<String> states = new Dictionary<>();
	final Dictionary<Period> periods = new Dictionary<>();
	final Dictionary<String> sources = new Dictionary<>();

	private int size;
	private short[] indicator = new short[1024];
	private byte[] state = new byte[1024];
	private int[] period = new int[1024];
	private int[] source = new int[1024];
	private double[] value = new double[1024];
	private byte[] status = new byte[1024];
	private boolean[] firstSource = new boolean[1024];
	private String[] note;

	void add(int indicatorIndex, int stateIndex, int periodIndex, int sourceIndex, double v, byte statusOrdinal,
			boolean first, String noteText) {
		if (size == value.length) {
			grow();
		}
		indicator[size] = (short) indicatorIndex;
		state[size] = (byte) stateIndex;
		period[size] = periodIndex;
		source[size] = sourceIndex;
		value[size] = v;
		status[size] = statusOrdinal;
		firstSource[size] = first;
		if (noteText != null) {
			if (note == null) {
				note = new String[value.length];
			}
			note[size] = noteText;
		}
		size++;
	}

	int size() {
		return size;
	}

	String indicator(int row) {
		return indicators.get(indicator[row]);
	}

	String state(int row) {
		return states.get(state[row]);
	}

	Period period(int row) {
		return periods.get(period[row]);
	}

	String source(int row) {
		return sources.get(source[row]);
	}

	int sourceIndex(int row) {
		return source[row];
	}

	double value(int row) {
		return value[row];
	}

	byte status(int row) {
		return status[row];
	}

	boolean firstSource(int row) {
		return firstSource[row];
	}

	String note(int row) {
		return note == null ? null : note[row];
	}

	private void grow() {
		int capacity = value.length * 2;
		indicator = Arrays.copyOf(indicator, capacity);
		state = Arrays.copyOf(state, capacity);
		period = Arrays.copyOf(period, capacity);
		source = Arrays.copyOf(source, capacity);
		value = Arrays.copyOf(value, capacity);
		status = Arrays.copyOf(status, capacity);
		firstSource = Arrays.copyOf(firstSource, capacity);
		if (note != null) {
			note = Arrays.copyOf(note, capacity);
		}
	}

	/** Distinct values numbered in order of first appearance. */
	static final class Dictionary<T> {

		private final Map<T, Integer> index = new HashMap<>();
		private final List<T> values = new ArrayList<>();

		int indexOf(T value) {
			Integer known = index.get(value);
			if (known != null) {
				return known;
			}
			values.add(value);
			index.put(value, values.size() - 1);
			return values.size() - 1;
		}

		T get(int i) {
			return values.get(i);
		}

		int size() {
			return values.size();
		}

		List<T> all() {
			return values;
		}
	}
}
