package org.ots.platform.identity;

import java.util.Locale;
import java.util.stream.Collectors;

import org.ots.platform.states.States;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's screen for accounts: the list, inviting someone, registering an expert institution. Only the
 * Secretariat admin reaches it (SecurityConfiguration); accounts are deactivated, never deleted.
 */
@Controller
@RequestMapping("/users")
class UsersController {

	private final UserAccounts accounts;
	private final Institutions institutions;
	private final States states;
	private final InvitationMailer mailer;
	private final FormErrors errors;

	UsersController(UserAccounts accounts, Institutions institutions, States states, InvitationMailer mailer,
			FormErrors errors) {
		this.accounts = accounts;
		this.institutions = institutions;
		this.states = states;
		this.mailer = mailer;
		this.errors = errors;
	}

	@GetMapping
	String list(Model model) {
		return page(model, InviteForm.EMPTY, InstitutionForm.EMPTY);
	}

	@PostMapping("/invite")
	String invite(InviteForm form, Model model, Locale locale, RedirectAttributes redirect) {
		UserAccounts.Invitation invitation;
		try {
			invitation = accounts.invite(trim(form.username()), form.displayName(), form.email(),
					Forms.role(form.role()), form.stateCode(), Forms.id(form.institutionId()));
		}
		catch (AccountRuleException rule) {
			model.addAttribute("inviteErrors", errors.of(rule, locale));
			return page(model, form, InstitutionForm.EMPTY);
		}
		Forms.announce(invitation, mailer.send(invitation, locale), redirect);
		return "redirect:/users";
	}

	@PostMapping("/institutions")
	String addInstitution(InstitutionForm form, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			Institution added = institutions.add(form.institutionName(), form.institutionState());
			redirect.addFlashAttribute("institutionAdded", added.name());
			return "redirect:/users#institutions";
		}
		catch (AccountRuleException rule) {
			model.addAttribute("institutionErrors", errors.of(rule, locale));
			return page(model, InviteForm.EMPTY, form);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		UserView user = accounts.find(id);
		return editPage(model, user, RoleForm.of(user));
	}

	@PostMapping("/{id}/role")
	String changeRole(@PathVariable long id, RoleForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		try {
			accounts.changeRole(id, Forms.role(form.role()), form.stateCode(), Forms.id(form.institutionId()),
					form.version() == null ? -1 : form.version());
		}
		catch (AccountRuleException rule) {
			model.addAttribute("errors", errors.of(rule, locale));
			return editPage(model, accounts.find(id), form);
		}
		catch (OptimisticLockingFailureException conflict) {
			model.addAttribute("errors", errors.of("form", "identity.error.version.short", locale));
			return editPage(model, accounts.find(id), form);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/users/" + id;
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, Model model, Locale locale,
			RedirectAttributes redirect) {
		try {
			accounts.setActive(id, active);
		}
		catch (AccountRuleException rule) {
			UserView user = accounts.find(id);
			model.addAttribute("errors", errors.of(rule, locale));
			return editPage(model, user, RoleForm.of(user));
		}
		redirect.addFlashAttribute(active ? "reactivated" : "deactivated", true);
		return "redirect:/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		accounts.unlock(id);
		redirect.addFlashAttribute("unlocked", true);
		return "redirect:/users/" + id;
	}

	@PostMapping("/{id}/reinvite")
	String reinvite(@PathVariable long id, Model model, Locale locale, RedirectAttributes redirect) {
		UserAccounts.Invitation invitation;
		try {
			invitation = accounts.reinvite(id);
		}
		catch (AccountRuleException rule) {
			UserView user = accounts.find(id);
			model.addAttribute("errors", errors.of(rule, locale));
			return editPage(model, user, RoleForm.of(user));
		}
		Forms.announce(invitation, mailer.send(invitation, locale), redirect);
		return "redirect:/users/" + id;
	}

	private String page(Model model, InviteForm invite, InstitutionForm institution) {
		model.addAttribute("users", accounts.list());
		model.addAttribute("invite", invite);
		model.addAttribute("institutionForm", institution);
		addChoices(model);
		return "identity/users";
	}

	private String editPage(Model model, UserView user, RoleForm form) {
		model.addAttribute("user", user);
		model.addAttribute("form", form);
		addChoices(model);
		return "identity/user";
	}

	private void addChoices(Model model) {
		var all = institutions.all();
		model.addAttribute("roles", Role.values());
		model.addAttribute("states", states.countries());
		model.addAttribute("institutions", all);
		model.addAttribute("institutionNames",
				all.stream().collect(Collectors.toMap(Institution::id, Institution::name)));
	}

	private static String trim(String text) {
		return text == null ? null : text.trim();
	}

	record InviteForm(String username, String displayName, String email, String role, String stateCode,
			String institutionId) {

		static final InviteForm EMPTY = new InviteForm("", "", "", "", "", "");
	}

	record InstitutionForm(String institutionName, String institutionState) {

		static final InstitutionForm EMPTY = new InstitutionForm("", "");
	}

	record RoleForm(String role, String stateCode, String institutionId, Integer version) {

		static RoleForm of(UserView user) {
			return new RoleForm(user.role().name(), user.stateCode(),
					user.institutionId() == null ? null : user.institutionId().toString(), user.version());
		}
	}
}
