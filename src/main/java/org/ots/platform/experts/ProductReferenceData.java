package org.ots.platform.experts;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ots.platform.identity.ExpertInstitution;
import org.ots.platform.identity.UserAccounts;
import org.ots.platform.identity.UserView;
import org.ots.platform.indicators.Area;
import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.states.State;
import org.ots.platform.states.States;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The areas, indicators, states, institutions and experts that product pages name by code, put into the model. */
@Component
class ProductReferenceData {

	private final IndicatorCatalog catalog;
	private final States states;
	private final UserAccounts accounts;
	private final ProductValidator validator;
	private final ExpertsProperties properties;

	ProductReferenceData(IndicatorCatalog catalog, States states, UserAccounts accounts, ProductValidator validator,
			ExpertsProperties properties) {
		this.catalog = catalog;
		this.states = states;
		this.accounts = accounts;
		this.validator = validator;
		this.properties = properties;
	}

	void addTo(Model model) {
		model.addAttribute("areas", catalog.areas());
		model.addAttribute("areaByCode", catalog.areas().stream().collect(Collectors.toMap(Area::code, Function.identity())));
		model.addAttribute("indicators", catalog.indicators());
		model.addAttribute("indicatorByCode",
				catalog.indicators().stream().collect(Collectors.toMap(Indicator::code, Function.identity())));
		model.addAttribute("states", states.countries());
		model.addAttribute("stateByCode", states.all().stream().collect(Collectors.toMap(State::code, Function.identity())));
		model.addAttribute("kinds", ProductKind.values());
		model.addAttribute("maxFileMegabytes", properties.maxFileSize().toMegabytes());
		model.addAttribute("institutions", accounts.institutions());
		model.addAttribute("institutionById", institutionsById());
		model.addAttribute("experts", validator.experts());
		model.addAttribute("expertByUsername", accounts.list().stream().collect(Collectors.toMap(UserView::username, UserView::displayName)));
	}

	java.util.List<UserView> expertsOf(Long institutionId) {
		return validator.experts().stream().filter(u -> java.util.Objects.equals(u.institutionId(), institutionId)).toList();
	}

	Map<Long, ExpertInstitution> institutionsById() {
		return accounts.institutions().stream().collect(Collectors.toMap(ExpertInstitution::id, Function.identity()));
	}
}
