package org.ots.platform.indicators;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface Targets extends ListCrudRepository<Target, Long> {

	List<Target> findByIndicatorCodeOrderByTargetYear(String indicatorCode);
}
