package org.ots.platform.indicators;

/** Which way an indicator should move for progress; NONE for context indicators such as population. */
public enum Direction {
	INCREASE, DECREASE, NONE
}
