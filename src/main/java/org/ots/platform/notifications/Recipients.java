package org.ots.platform.notifications;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import org.ots.platform.identity.Role;
import org.ots.platform.identity.UserAccounts;
import org.ots.platform.identity.UserView;
import org.springframework.stereotype.Component;

/**
 * Finds the people concerned by a notification. Deactivated accounts and invitations not yet accepted get
 * nothing: nobody could read their inbox.
 */
@Component
class Recipients {

	private final UserAccounts accounts;

	Recipients(UserAccounts accounts) {
		this.accounts = accounts;
	}

	List<Recipient> coordinatorsOf(Collection<String> states) {
		return find(u -> u.role() == Role.NATIONAL_COORDINATOR && states.contains(u.stateCode()));
	}

	List<Recipient> examinersOf(Collection<String> states) {
		return find(u -> u.role() == Role.EXAMINER && states.contains(u.stateCode()));
	}

	/** Coordinators and examiners acting for a state: whoever may have asked a question in its name. */
	List<Recipient> actingFor(String state) {
		return find(u -> (u.role() == Role.NATIONAL_COORDINATOR || u.role() == Role.EXAMINER)
				&& state.equals(u.stateCode()));
	}

	/** The experts of the given institutions. */
	List<Recipient> expertsOf(Collection<Long> institutions) {
		return find(u -> u.role() == Role.EXPERT && u.institutionId() != null && institutions.contains(u.institutionId()));
	}

	/** The names of the given institutions, for the text of a notice. */
	List<String> institutionNames(Collection<Long> institutions) {
		return accounts.institutions().stream().filter(i -> institutions.contains(i.id())).map(i -> i.name()).toList();
	}

	/** These users, by name (the subscribers of an alert, say). */
	List<Recipient> named(Collection<String> usernames) {
		return find(u -> usernames.contains(u.username()));
	}

	/** Admins and analysts. */
	List<Recipient> secretariat() {
		return find(u -> u.role() != null && u.role().isSecretariat());
	}

	private List<Recipient> find(Predicate<UserView> concerned) {
		return accounts.list()
			.stream()
			.filter(u -> u.active() && !u.invitationPending())
			.filter(concerned)
			.map(u -> new Recipient(u.username(), u.email(), accounts.preferredLocale(u.username())))
			.toList();
	}
}
