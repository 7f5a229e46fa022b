package org.ots.platform.indicators;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface Indicators extends ListCrudRepository<Indicator, String> {

	List<Indicator> findAllByOrderByAreaCodeAscCodeAsc();

	List<Indicator> findByAreaCodeOrderByCode(String areaCode);
}
