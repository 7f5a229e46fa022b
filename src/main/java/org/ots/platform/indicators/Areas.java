package org.ots.platform.indicators;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface Areas extends ListCrudRepository<Area, String> {

	List<Area> findAllByOrderBySortOrder();
}
