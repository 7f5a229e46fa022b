package org.ots.platform.states;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ots.platform.shared.LocalizedText;
import org.ots.platform.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All states known to the platform. The list is short and changes only by migration, so it is read once. */
@Repository
public class States {

	private final List<State> all;
	private final Map<String, State> byCode;

	States(JdbcClient jdbc) {
		this.all = jdbc.sql("SELECT * FROM state ORDER BY sort_order")
			.query((rs, n) -> new State(rs.getString("code"), rs.getString("iso_code"),
					State.Kind.valueOf(rs.getString("kind")),
					new LocalizedText(rs.getString("name_en"), rs.getString("name_ru"), rs.getString("name_tr")),
					rs.getInt("sort_order")))
			.list();
		this.byCode = all.stream().collect(Collectors.toUnmodifiableMap(State::code, Function.identity()));
	}

	/** Every state and the OTS aggregate, members first. */
	public List<State> all() {
		return all;
	}

	/** Member and observer states, without the OTS aggregate. */
	public List<State> countries() {
		return all.stream().filter(s -> !s.isAggregate()).toList();
	}

	public Optional<State> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code.trim().toUpperCase()));
	}

	public State get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("State", code));
	}

	public boolean exists(String code) {
		return find(code).isPresent();
	}
}
