package org.ots.platform.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Every account of the platform. */
interface Users extends ListCrudRepository<AppUser, Long> {

	Optional<AppUser> findByUsername(String username);

	Optional<AppUser> findByInvitationToken(String token);

	List<AppUser> findAllByOrderByUsername();

	boolean existsByRole(Role role);
}
