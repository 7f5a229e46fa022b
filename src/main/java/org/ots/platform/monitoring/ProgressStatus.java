package org.ots.platform.monitoring;

/**
 * Where a series or an indicator stands, in the categories of the Open SDG method. {@link #code()} is the label
 * {@code ProgressMeasure.py} gives; {@link #label()} the wording of the method document.
 */
public enum ProgressStatus {

	/** The latest value reached the target: decided before any growth is looked at, score +5. */
	TARGET_ACHIEVED("target_achieved", "Target achieved"),
	SUBSTANTIAL_PROGRESS("substantial_progress", "On track"),
	MODERATE_PROGRESS("moderate_progress", "Progress made but acceleration needed"),
	LIMITED_PROGRESS("limited_progress", "Limited progress"),
	DETERIORATION("deterioration", "Deterioration"),
	/** The minimum data are not met: fewer than two years from the base year, or values of both signs. */
	UNABLE_TO_ASSESS("not_available", "Unable to assess"),
	/**
	 * No assessment is meant: a context indicator without a desired direction (population, GDP). The reference
	 * code labels this and the case above alike ({@code not_available}); the method document tells them apart.
	 */
	NOT_AVAILABLE("not_available", "Not available");

	private final String code;
	private final String label;

	ProgressStatus(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public boolean assessed() {
		return this != UNABLE_TO_ASSESS && this != NOT_AVAILABLE;
	}

	/**
	 * The status of a score, as {@code get_progress_status_from_score}: [2.5, 5] substantial, [0, 2.5) moderate,
	 * [-2.5, 0) limited, [-5, -2.5) deterioration; "target achieved" only when every series achieved its target.
	 * Scores outside [-5, 5] arise only with custom thresholds (the score lines are those of the default ones); the
	 * reference leaves them without a status, here they count in the nearest band.
	 */
	static ProgressStatus fromScore(Double score, boolean targetAchieved) {
		if (targetAchieved) {
			return TARGET_ACHIEVED;
		}
		if (score == null || score.isNaN()) {
			return UNABLE_TO_ASSESS;
		}
		if (score >= 2.5) {
			return SUBSTANTIAL_PROGRESS;
		}
		if (score >= 0) {
			return MODERATE_PROGRESS;
		}
		if (score >= -2.5) {
			return LIMITED_PROGRESS;
		}
		return DETERIORATION;
	}
}
