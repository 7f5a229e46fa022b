package org.ots.platform.indicators.imports;

import java.util.Arrays;

/**
 * An open-addressing hash map from long keys to int values (the line where a key was first seen). A million
 * rows take 24 MB here instead of the 150 MB of boxed keys in a HashMap.
 */
final class LongIntMap {

	private static final long EMPTY = Long.MIN_VALUE;

	private long[] keys;
	private int[] values;
	private int size;

	LongIntMap() {
		keys = new long[1024];
		values = new int[1024];
		Arrays.fill(keys, EMPTY);
	}

	/** Stores the value if the key is new and returns -1; otherwise keeps the first value and returns it. */
	int putIfAbsent(long key, int value) {
		int slot = slot(keys, key);
		if (keys[slot] != EMPTY) {
			return values[slot];
		}
		keys[slot] = key;
		values[slot] = value;
		if (++size * 2 > keys.length) {
			grow();
		}
		return -1;
	}

	private static int slot(long[] table, long key) {
		int mask = table.length - 1;
		int slot = (int) (mix(key) & mask);
		while (table[slot] != EMPTY && table[slot] != key) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private static long mix(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return h ^ (h >>> 32);
	}

	private void grow() {
		long[] oldKeys = keys;
		int[] oldValues = values;
		keys = new long[oldKeys.length * 2];
		values = new int[oldKeys.length * 2];
		Arrays.fill(keys, EMPTY);
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != EMPTY) {
				int slot = slot(keys, oldKeys[i]);
				keys[slot] = oldKeys[i];
				values[slot] = oldValues[i];
			}
		}
	}
}
