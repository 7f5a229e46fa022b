package org.ots.platform.foresight;

/** Why a series has no projection. */
public enum NoProjectionReason {

	/** Fewer than three values: two points fix a line but say nothing about how far the future may stray from it. */
	TOO_FEW_VALUES
}
