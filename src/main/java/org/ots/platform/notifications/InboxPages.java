package org.ots.platform.notifications;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The inbox page of every signed-in user. Marking read is a plain form, so it works without JavaScript. */
@Controller
@RequestMapping("/inbox")
class InboxPages {

	private final InboxService inbox;

	InboxPages(InboxService inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("messages", inbox.mine());
		return "notifications/inbox";
	}

	@PostMapping("/{id}/read")
	String markRead(@PathVariable long id) {
		inbox.markRead(id);
		return "redirect:/inbox";
	}
}
