package org.ots.platform.reviews;

import java.util.List;
import java.util.stream.Collectors;

import org.ots.platform.reviews.AssignmentPlanner.Note;

/**
 * An assignment or a change of it that the rules refuse. It carries message keys for the pages, and an English
 * message for the API and the log. A change that breaks rules without a reason lists every rule it breaks.
 */
public class AssignmentRuleException extends RuntimeException {

	private final transient List<Note> notes;

	AssignmentRuleException(String key, String message, Object... args) {
		super(message);
		this.notes = List.of(Note.of(key, args));
	}

	AssignmentRuleException(List<Note> breaches) {
		super("This change breaks a rule: " + breaches.stream().map(Note::key).collect(Collectors.joining(", "))
				+ ". Give the reason for the change; it is recorded.");
		this.notes = breaches;
	}

	/** Whether a reason would let the change through (rules broken), rather than a refusal no reason lifts. */
	boolean needsReason() {
		return notes.stream().allMatch(n -> n.key().startsWith("assignments.breach."));
	}

	List<Note> notes() {
		return notes;
	}
}
