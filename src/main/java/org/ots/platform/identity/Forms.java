package org.ots.platform.identity;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reading the identity forms' text fields. Choices arrive as text so that a tampered value becomes a rule
 * message ("choose a role") instead of a binding failure.
 */
final class Forms {

	private Forms() {
	}

	static Role role(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return Role.valueOf(name.trim());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	static Long id(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.trim());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	/**
	 * Tells the admin, on the next page, that the invitation went out; the link itself is shown only when the
	 * e-mail did not go, so that the admin can pass it on.
	 */
	static void announce(UserAccounts.Invitation invitation, InvitationMailer.Delivery delivery,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("invited", invitation.username());
		redirect.addFlashAttribute("invitedEmail", invitation.email());
		redirect.addFlashAttribute("delivery", delivery.name());
		if (delivery != InvitationMailer.Delivery.SENT) {
			redirect.addFlashAttribute("invitationLink", invitation.link());
		}
	}
}
