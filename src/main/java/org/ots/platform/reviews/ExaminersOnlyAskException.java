package org.ots.platform.reviews;

import org.springframework.security.access.AccessDeniedException;

/**
 * A member state asked a question in a cycle where only the assigned examiners ask. It is a refusal of access
 * (403 on the API); the question page turns it into a notice, since the member may well read the page.
 */
class ExaminersOnlyAskException extends AccessDeniedException {

	ExaminersOnlyAskException(String message) {
		super(message);
	}
}
