package org.ots.platform.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in, so the layout can show the navigation of the user's role. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		return CurrentUser.get();
	}
}
