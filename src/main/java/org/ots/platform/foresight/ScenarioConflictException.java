package org.ots.platform.foresight;

/** Someone saved or withdrew the scenario after the writer read it: nothing was written over that change. */
class ScenarioConflictException extends RuntimeException {

	ScenarioConflictException() {
		super("The scenario was changed by someone else meanwhile.");
	}
}
