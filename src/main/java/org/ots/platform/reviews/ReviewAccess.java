package org.ots.platform.reviews;

import org.ots.platform.identity.CurrentUser;
import org.ots.platform.identity.Role;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.states.States;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees and does what in the review of one state in one cycle. Everyone involved sees the thread and the
 * draft review report: the Secretariat, the reviewed state's coordinators, its assigned examiners and experts,
 * and whoever asked a question; nobody else does until the cycle is published, when it all becomes public.
 */
@Component
class ReviewAccess {

	private final Assignments assignments;
	private final WrittenQuestions questions;
	private final States states;
	private final IndicatorCatalog catalog;

	ReviewAccess(Assignments assignments, WrittenQuestions questions, States states, IndicatorCatalog catalog) {
		this.assignments = assignments;
		this.questions = questions;
		this.states = states;
		this.catalog = catalog;
	}

	/** The code of an area of the framework, as written by the caller; refused with the known codes otherwise. */
	String area(String code) {
		String upper = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
		if (catalog.areas().stream().noneMatch(a -> a.code().equals(upper))) {
			throw new ReviewRuleException("Unknown area '" + (code == null ? "" : code.trim()) + "'; use one of "
					+ catalog.areas().stream().map(a -> a.code()).toList() + ".");
		}
		return upper;
	}

	static boolean isPublished(ReviewCycle cycle) {
		return cycle.status().hasReached(CycleStatus.PUBLISHED);
	}

	static boolean isCoordinatorOf(CurrentUser user, String state) {
		return user.role() == Role.NATIONAL_COORDINATOR && state.equals(user.stateCode());
	}

	boolean isInvolved(CurrentUser user, ReviewCycle cycle, String state) {
		if (user.isAnonymous()) {
			return false;
		}
		return user.isSecretariat() || isCoordinatorOf(user, state) || assignments.examines(user, cycle.id(), state)
				|| questions.hasAsked(user.username(), cycle.id(), state);
	}

	boolean maySeeThread(CurrentUser user, ReviewCycle cycle, String state) {
		return isPublished(cycle) || isInvolved(user, cycle, state);
	}

	/**
	 * The draft review report goes to the reviewed state and its examiners from the factual check on; before that
	 * it is the Secretariat's working text.
	 */
	boolean maySeeReport(CurrentUser user, ReviewCycle cycle, String state) {
		if (isPublished(cycle) || user.isSecretariat()) {
			return true;
		}
		boolean shared = cycle.status().hasReached(CycleStatus.FACTUAL_CHECK);
		return shared && (isCoordinatorOf(user, state) || assignments.examines(user, cycle.id(), state));
	}

	/**
	 * Questions come from the assigned examiners and experts and, when the cycle lets members ask, from the other
	 * member states' coordinators and examiners; observers' coordinators and examiners then ask only when the
	 * cycle's observer policy lets them.
	 */
	boolean mayAsk(CurrentUser user, ReviewCycle cycle, String state) {
		if (isAssignedAsker(user, cycle, state)) {
			return true;
		}
		return cycle.questionsFrom() == QuestionsFrom.EXAMINERS_AND_MEMBERS && mayAskAsMember(user, cycle, state);
	}

	/** Whether this user would ask as another member state, but the cycle keeps the questions to the examiners. */
	boolean keptOutByExaminersOnly(CurrentUser user, ReviewCycle cycle, String state) {
		return cycle.questionsFrom() == QuestionsFrom.EXAMINERS_ONLY && !isAssignedAsker(user, cycle, state)
				&& mayAskAsMember(user, cycle, state);
	}

	private boolean isAssignedAsker(CurrentUser user, ReviewCycle cycle, String state) {
		return !isSelfOrOutsider(user, state) && assignments.examines(user, cycle.id(), state);
	}

	private boolean mayAskAsMember(CurrentUser user, ReviewCycle cycle, String state) {
		if (isSelfOrOutsider(user, state) || (user.role() != Role.NATIONAL_COORDINATOR && user.role() != Role.EXAMINER)
				|| user.stateCode() == null) {
			return false;
		}
		boolean member = states.find(user.stateCode()).map(s -> s.isMember()).orElse(false);
		return member || cycle.observerPolicy() != ObserverPolicy.READ_ONLY;
	}

	private static boolean isSelfOrOutsider(CurrentUser user, String state) {
		return user.isAnonymous() || user.isSecretariat() || state.equals(user.stateCode());
	}

	void requireThread(CurrentUser user, ReviewCycle cycle, String state) {
		if (!maySeeThread(user, cycle, state)) {
			throw new AccessDeniedException("Only those involved in the review of " + state + " see its questions before "
					+ "publication.");
		}
	}

	void requireReport(CurrentUser user, ReviewCycle cycle, String state) {
		if (!maySeeReport(user, cycle, state)) {
			throw new AccessDeniedException("The review report of " + state + " is not shared with you before publication.");
		}
	}

	static void requireSecretariat(CurrentUser user) {
		if (!user.isSecretariat()) {
			throw new AccessDeniedException("Only the Secretariat does this.");
		}
	}
}
