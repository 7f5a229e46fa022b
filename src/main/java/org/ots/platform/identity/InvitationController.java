package org.ots.platform.identity;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where an invited person, following the link of the e-mail, chooses a password. The link works once and
 * until it expires; afterwards the page says so and sends the person back to the Secretariat.
 */
@Controller
@RequestMapping("/invitation/{token}")
class InvitationController {

	private final UserAccounts accounts;
	private final FormErrors errors;

	InvitationController(UserAccounts accounts, FormErrors errors) {
		this.accounts = accounts;
		this.errors = errors;
	}

	@GetMapping
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		return accounts.pendingInvitation(token).map(user -> {
			model.addAttribute("invited", user);
			model.addAttribute("token", token);
			return "identity/invitation";
		}).orElseGet(() -> invalid(response));
	}

	@PostMapping
	String accept(@PathVariable String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, Model model, Locale locale,
			HttpServletResponse response) {
		var invited = accounts.pendingInvitation(token);
		if (invited.isEmpty()) {
			return invalid(response);
		}
		model.addAttribute("invited", invited.get());
		model.addAttribute("token", token);
		if (!password.equals(confirmation)) {
			model.addAttribute("errors", errors.of("confirmation", "identity.invitation.mismatch", locale));
			return "identity/invitation";
		}
		try {
			accounts.acceptInvitation(token, password);
		}
		catch (AccountRuleException rule) {
			model.addAttribute("errors", errors.of(rule, locale));
			return "identity/invitation";
		}
		return "redirect:/login?invited";
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "identity/invitation-invalid";
	}
}
