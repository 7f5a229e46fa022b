package org.ots.platform.experts;

import org.ots.platform.identity.CurrentUser;
import org.ots.platform.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with analytical products (DESIGN.md section 7): published products are public; drafts are seen
 * and edited only by the experts of the product's institution and by the Secretariat, which alone publishes,
 * returns and withdraws.
 */
final class ProductAccess {

	private ProductAccess() {
	}

	static boolean maySee(CurrentUser user, AnalyticalProduct product) {
		return product.status().isPublic() || mayWrite(user, product.institutionId());
	}

	static boolean mayWrite(CurrentUser user, long institutionId) {
		return user.isSecretariat() || (user.role() == Role.EXPERT && user.institutionId() != null
				&& user.institutionId() == institutionId);
	}

	static boolean mayCreate(CurrentUser user) {
		return user.isSecretariat() || (user.role() == Role.EXPERT && user.institutionId() != null);
	}

	static void checkCreate(CurrentUser user) {
		if (!mayCreate(user)) {
			throw new AccessDeniedException("Only experts of an institution and the Secretariat write analytical products.");
		}
	}

	static void checkWrite(CurrentUser user, AnalyticalProduct product) {
		if (!mayWrite(user, product.institutionId())) {
			throw new AccessDeniedException("Only the experts of the product's institution and the Secretariat change it.");
		}
	}

	static void checkReview(CurrentUser user) {
		if (!user.isSecretariat()) {
			throw new AccessDeniedException("Only the Secretariat publishes, returns and withdraws analytical products.");
		}
	}
}
