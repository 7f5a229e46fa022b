package org.ots.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ots.platform.AuthorisationWalkTest.Rule.ADMIN_ONLY;
import static org.ots.platform.AuthorisationWalkTest.Rule.PUBLIC;
import static org.ots.platform.AuthorisationWalkTest.Rule.SECRETARIAT;
import static org.ots.platform.AuthorisationWalkTest.Rule.STATE_DATA;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may do what (DESIGN.md section 7), walked over real HTTP: every endpoint of the API and of the
 * Secretariat's pages, called by every kind of user, with the outcome the rule of the endpoint expects.
 * Reads of published data are public; the framework is changed by the Secretariat only; observations are
 * written by the Secretariat for any state and by a national coordinator for its own state only (the
 * coordinator of Azerbaijan here acts on Kazakhstan's data); examiners and experts write no data.
 * <p>
 * A new endpoint needs a row in {@link #ENDPOINTS}: {@link #everyApiEndpointAndSecretariatPageHasARule()} fails
 * until it has one. A row names the mapping pattern, the rule, and how to make a call that the allowed users
 * can complete (fresh data from {@link Fixtures}, so that each call succeeds on its own).
 */
@IntegrationTest
class AuthorisationWalkTest {

	/** The users of the walk. */
	enum Actor {
		ANONYMOUS(null), ADMIN(TestAccounts.ADMIN), ANALYST(TestAccounts.ANALYST),
		COORDINATOR_OF_KAZ(TestAccounts.COORDINATOR_KAZ), COORDINATOR_OF_AZE(TestAccounts.COORDINATOR_AZE),
		EXAMINER(TestAccounts.EXAMINER), EXPERT(TestAccounts.EXPERT);

		final String username;

		Actor(String username) {
			this.username = username;
		}
	}

	/** Who an endpoint admits. The data written by STATE_DATA endpoints is always Kazakhstan's. */
	enum Rule {
		PUBLIC(Set.of(Actor.values())),
		ADMIN_ONLY(Set.of(Actor.ADMIN)),
		SECRETARIAT(Set.of(Actor.ADMIN, Actor.ANALYST)),
		STATE_DATA(Set.of(Actor.ADMIN, Actor.ANALYST, Actor.COORDINATOR_OF_KAZ));

		final Set<Actor> allowed;

		Rule(Set<Actor> allowed) {
			this.allowed = allowed;
		}
	}

	/** JSON API (stateless HTTP Basic) or pages (session, form login, CSRF). */
	enum Channel {
		API, PAGE
	}

	/** A concrete request: the path, and the JSON body (API) or the form fields (pages), or null. */
	record Call(String path, Map<String, ?> body) {
	}

	record Endpoint(Channel channel, String method, String pattern, Rule rule, Function<Fixtures, Call> call) {

		String key() {
			return method + " " + pattern;
		}
	}

	static final List<Endpoint> ENDPOINTS = List.of(
			// states
			api("GET", "/api/v1/states", PUBLIC, f -> call("/api/v1/states")),
			api("GET", "/api/v1/states/{code}", PUBLIC, f -> call("/api/v1/states/KAZ")),
			// areas
			api("GET", "/api/v1/areas", PUBLIC, f -> call("/api/v1/areas")),
			api("GET", "/api/v1/areas/{code}", PUBLIC, f -> call("/api/v1/areas/TRN")),
			api("POST", "/api/v1/areas", SECRETARIAT, f -> call("/api/v1/areas", f.areaJson(f.code("WA"), null))),
			api("PUT", "/api/v1/areas/{code}", SECRETARIAT, f -> {
				String code = f.area();
				return call("/api/v1/areas/" + code, f.areaJson(code, 0));
			}),
			api("DELETE", "/api/v1/areas/{code}", SECRETARIAT, f -> call("/api/v1/areas/" + f.area() + "?version=0")),
			// indicators
			api("GET", "/api/v1/indicators", PUBLIC, f -> call("/api/v1/indicators?area=DIG")),
			api("GET", "/api/v1/indicators/{code}", PUBLIC, f -> call("/api/v1/indicators/IT.NET.USER.ZS")),
			api("POST", "/api/v1/indicators", SECRETARIAT, f -> call("/api/v1/indicators", f.indicatorJson(f.code("WALK.I"), null))),
			api("PUT", "/api/v1/indicators/{code}", SECRETARIAT, f -> {
				String code = f.indicator();
				return call("/api/v1/indicators/" + code, f.indicatorJson(code, 0));
			}),
			api("DELETE", "/api/v1/indicators/{code}", SECRETARIAT, f -> call("/api/v1/indicators/" + f.indicator() + "?version=0")),
			// targets
			api("GET", "/api/v1/indicators/{code}/targets", PUBLIC, f -> call("/api/v1/indicators/IT.NET.USER.ZS/targets")),
			api("POST", "/api/v1/indicators/{code}/targets", SECRETARIAT,
					f -> call("/api/v1/indicators/IT.NET.USER.ZS/targets", Map.of("stateCode", "KAZ", "value", 90, "year", 2030))),
			api("GET", "/api/v1/targets/{id}", PUBLIC, f -> call("/api/v1/targets/" + f.target())),
			api("PUT", "/api/v1/targets/{id}", SECRETARIAT,
					f -> call("/api/v1/targets/" + f.target(), Map.of("value", 95, "year", 2035, "version", 0))),
			api("DELETE", "/api/v1/targets/{id}", SECRETARIAT, f -> call("/api/v1/targets/" + f.target() + "?version=0")),
			// observations
			api("GET", "/api/v1/observations", PUBLIC, f -> call("/api/v1/observations?state=KAZ&size=5")),
			api("GET", "/api/v1/observations/{id}", PUBLIC, f -> call("/api/v1/observations/" + f.observation())),
			api("GET", "/api/v1/observations/{id}/history", PUBLIC, f -> call("/api/v1/observations/" + f.observation() + "/history")),
			api("POST", "/api/v1/observations", STATE_DATA, f -> call("/api/v1/observations",
					Map.of("indicatorCode", "IT.NET.USER.ZS", "stateCode", "KAZ", "period", "2020", "source", f.code("Walk source "),
							"value", "70.5"))),
			api("PUT", "/api/v1/observations/{id}", STATE_DATA,
					f -> call("/api/v1/observations/" + f.observation(), Map.of("value", "71", "version", 0))),
			api("DELETE", "/api/v1/observations/{id}", STATE_DATA, f -> call("/api/v1/observations/" + f.observation() + "?version=0")),
			api("POST", "/api/v1/observations/{id}/reference", STATE_DATA,
					f -> call("/api/v1/observations/" + f.observation() + "/reference")),
			// the Secretariat's framework pages
			page("GET", "/framework", SECRETARIAT, f -> call("/framework")),
			page("GET", "/framework/areas/new", SECRETARIAT, f -> call("/framework/areas/new")),
			page("POST", "/framework/areas", SECRETARIAT, f -> call("/framework/areas", f.areaForm(f.code("WP"), ""))),
			page("GET", "/framework/areas/{code}", SECRETARIAT, f -> call("/framework/areas/TRN")),
			page("POST", "/framework/areas/{code}", SECRETARIAT, f -> {
				String code = f.area();
				return call("/framework/areas/" + code, f.areaForm(code, "0"));
			}),
			page("GET", "/framework/indicators/new", SECRETARIAT, f -> call("/framework/indicators/new")),
			page("POST", "/framework/indicators", SECRETARIAT, f -> call("/framework/indicators", f.indicatorForm(f.code("WALK.P"), ""))),
			page("GET", "/framework/indicators/{code}", SECRETARIAT, f -> call("/framework/indicators/IT.NET.USER.ZS")),
			page("POST", "/framework/indicators/{code}", SECRETARIAT, f -> {
				String code = f.indicator();
				return call("/framework/indicators/" + code, f.indicatorForm(code, "0"));
			}),
			page("POST", "/framework/indicators/{code}/targets", SECRETARIAT,
					f -> call("/framework/indicators/IT.NET.USER.ZS/targets", Map.of("stateCode", "", "value", "80", "year", "2040"))),
			page("GET", "/framework/targets/{id}", SECRETARIAT, f -> call("/framework/targets/" + f.target())),
			page("POST", "/framework/targets/{id}", SECRETARIAT, f -> call("/framework/targets/" + f.target(),
					Map.of("stateCode", "KAZ", "value", "85", "year", "2040", "version", "0"))),
			page("POST", "/framework/targets/{id}/delete", SECRETARIAT,
					f -> call("/framework/targets/" + f.target() + "/delete", Map.of("version", "0"))),
			// documents and commitments
			api("GET", "/api/v1/initiatives", PUBLIC, f -> call("/api/v1/initiatives")),
			api("GET", "/api/v1/initiatives/{code}", PUBLIC, f -> call("/api/v1/initiatives/" + f.initiative())),
			api("POST", "/api/v1/initiatives", SECRETARIAT, f -> call("/api/v1/initiatives", f.initiativeEdit(f.code("WALK-I"), null))),
			api("PUT", "/api/v1/initiatives/{code}", SECRETARIAT, f -> {
				String code = f.initiative();
				return call("/api/v1/initiatives/" + code, f.initiativeEdit(code, 0));
			}),
			api("GET", "/api/v1/commitments", PUBLIC, f -> call("/api/v1/commitments?area=TRN")),
			api("GET", "/api/v1/commitments/{id}", PUBLIC, f -> call("/api/v1/commitments/" + f.commitment())),
			api("POST", "/api/v1/commitments", SECRETARIAT, f -> {
				Map<String, Object> body = new LinkedHashMap<>(f.commitmentEdit(null));
				body.put("initiative", f.initiative());
				return call("/api/v1/commitments", body);
			}),
			api("PUT", "/api/v1/commitments/{id}", SECRETARIAT, f -> call("/api/v1/commitments/" + f.commitment(), f.commitmentEdit(0))),
			api("DELETE", "/api/v1/commitments/{id}", SECRETARIAT, f -> call("/api/v1/commitments/" + f.commitment() + "?version=0")),
			page("GET", "/commitments/manage", SECRETARIAT, f -> call("/commitments/manage")),
			page("GET", "/commitments/manage/new", SECRETARIAT, f -> call("/commitments/manage/new")),
			page("POST", "/commitments/manage/new", SECRETARIAT,
					f -> call("/commitments/manage/new", text(f.initiativeEdit(f.code("WALK-P"), null)))),
			page("GET", "/commitments/manage/{code}", SECRETARIAT, f -> call("/commitments/manage/" + f.initiative())),
			page("POST", "/commitments/manage/{code}", SECRETARIAT, f -> {
				String code = f.initiative();
				return call("/commitments/manage/" + code, text(f.initiativeEdit(code, 0)));
			}),
			page("GET", "/commitments/manage/{code}/add", SECRETARIAT, f -> call("/commitments/manage/" + f.initiative() + "/add")),
			page("POST", "/commitments/manage/{code}/add", SECRETARIAT,
					f -> call("/commitments/manage/" + f.initiative() + "/add", text(f.commitmentEdit(null)))),
			page("GET", "/commitments/manage/commitment/{id}", SECRETARIAT,
					f -> call("/commitments/manage/commitment/" + f.commitment())),
			page("POST", "/commitments/manage/commitment/{id}", SECRETARIAT,
					f -> call("/commitments/manage/commitment/" + f.commitment(), text(f.commitmentEdit(0)))),
			page("POST", "/commitments/manage/commitment/{id}/delete", SECRETARIAT,
					f -> call("/commitments/manage/commitment/" + f.commitment() + "/delete", Map.of("version", "0"))),
			// accounts and the audit trail
			page("GET", "/users", ADMIN_ONLY, f -> call("/users")),
			page("POST", "/users/invite", ADMIN_ONLY, f -> call("/users/invite", Map.of("username", f.code("walk.").toLowerCase(),
					"displayName", "Walk invitee", "email", "walk@example.org", "role", "NATIONAL_COORDINATOR", "stateCode", "KGZ",
					"institutionId", ""))),
			page("POST", "/users/institutions", ADMIN_ONLY,
					f -> call("/users/institutions", Map.of("institutionName", f.code("Walk Institute "), "institutionState", "KGZ"))),
			page("GET", "/users/{id}", ADMIN_ONLY, f -> call("/users/" + f.user())),
			page("POST", "/users/{id}/role", ADMIN_ONLY, f -> call("/users/" + f.user() + "/role",
					Map.of("role", "NATIONAL_COORDINATOR", "stateCode", "UZB", "institutionId", "", "version", "0"))),
			page("POST", "/users/{id}/active", ADMIN_ONLY, f -> call("/users/" + f.user() + "/active", Map.of("active", "false"))),
			page("POST", "/users/{id}/unlock", ADMIN_ONLY, f -> call("/users/" + f.user() + "/unlock", Map.of())),
			page("POST", "/users/{id}/reinvite", ADMIN_ONLY, f -> call("/users/" + f.user() + "/reinvite", Map.of())),
			page("GET", "/audit", SECRETARIAT, f -> call("/audit")));

	/** Paths whose every mapping must have a row above. */
	static final List<String> GUARDED_PREFIXES = List.of("/api/", "/framework", "/commitments/manage", "/users", "/audit");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<Actor, WebSession> sessions = new EnumMap<>(Actor.class);

	@BeforeEach
	void setUp() {
		accounts.ensure();
	}

	@TestFactory
	Stream<DynamicTest> everyUserGetsTheOutcomeTheRuleOfEachEndpointExpects() {
		Fixtures fixtures = new Fixtures(jdbc);
		return ENDPOINTS.stream().flatMap(endpoint -> Stream.of(Actor.values())
			.map(actor -> DynamicTest.dynamicTest(endpoint.key() + " as " + actor,
					() -> walk(endpoint, actor, fixtures))));
	}

	@Test
	void everyApiEndpointAndSecretariatPageHasARule() {
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			Set<String> patterns = info.getPatternValues();
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
			if (methods.isEmpty()) {
				methods.add("ANY");
			}
			patterns.stream()
				.filter(p -> GUARDED_PREFIXES.stream().anyMatch(p::startsWith))
				.forEach(p -> methods.forEach(m -> mapped.add(m + " " + p)));
		});
		Set<String> ruled = new TreeSet<>();
		ENDPOINTS.forEach(e -> ruled.add(e.key()));
		Set<String> withoutRule = new TreeSet<>(mapped);
		withoutRule.removeAll(ruled);
		Set<String> withoutEndpoint = new TreeSet<>(ruled);
		withoutEndpoint.removeAll(mapped);
		assertThat(withoutRule).as("endpoints without a row in AuthorisationWalkTest.ENDPOINTS").isEmpty();
		assertThat(withoutEndpoint).as("rows of AuthorisationWalkTest.ENDPOINTS without an endpoint").isEmpty();
	}

	private void walk(Endpoint endpoint, Actor actor, Fixtures fixtures) {
		Call call = endpoint.call().apply(fixtures);
		boolean allowed = endpoint.rule().allowed.contains(actor);
		String what = endpoint.key() + " as " + actor + " (" + call.path() + ")";
		if (endpoint.channel() == Channel.API) {
			ApiClient client = actor.username == null ? ApiClient.anonymous(port) : ApiClient.as(port, actor.username);
			ApiClient.Response response = client.send(endpoint.method(), call.path(), call.body());
			if (allowed) {
				assertThat(response.status()).as(what + ": " + response.body()).isBetween(200, 299);
			}
			else {
				assertThat(response.status()).as(what + ": " + response.body())
					.isEqualTo(actor == Actor.ANONYMOUS ? 401 : 403);
			}
			return;
		}
		WebSession session = session(actor);
		HttpResponse<String> response;
		if (endpoint.method().equals("GET")) {
			response = session.get(call.path());
		}
		else {
			session.get("/");
			@SuppressWarnings("unchecked")
			Map<String, String> form = (Map<String, String>) call.body();
			response = session.post(call.path(), form == null ? Map.of() : form);
		}
		String location = response.headers().firstValue("Location").orElse("");
		if (allowed) {
			int expected = endpoint.method().equals("GET") ? 200 : 302;
			assertThat(response.statusCode()).as(what + ": " + excerpt(response.body())).isEqualTo(expected);
			assertThat(location).as(what).doesNotContain("/login");
		}
		else if (actor == Actor.ANONYMOUS) {
			assertThat(response.statusCode()).as(what).isEqualTo(302);
			assertThat(location).as(what).contains("/login");
		}
		else {
			assertThat(response.statusCode()).as(what).isEqualTo(403);
		}
	}

	private WebSession session(Actor actor) {
		return sessions.computeIfAbsent(actor,
				a -> a.username == null ? new WebSession(port) : WebSession.signedIn(port, a.username));
	}

	private static String excerpt(String body) {
		int error = body.indexOf("field-error");
		return error < 0 ? body.substring(0, Math.min(200, body.length())) : body.substring(error, Math.min(error + 300, body.length()));
	}

	static Endpoint api(String method, String pattern, Rule rule, Function<Fixtures, Call> call) {
		return new Endpoint(Channel.API, method, pattern, rule, call);
	}

	static Endpoint page(String method, String pattern, Rule rule, Function<Fixtures, Call> call) {
		return new Endpoint(Channel.PAGE, method, pattern, rule, call);
	}

	/** A JSON-like body as form fields: every value as text, nulls left out. */
	static Map<String, String> text(Map<String, ?> body) {
		Map<String, String> form = new LinkedHashMap<>();
		body.forEach((key, value) -> {
			if (value != null) {
				form.put(key, value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
						: String.valueOf(value));
			}
		});
		return form;
	}

	static Call call(String path) {
		return new Call(path, null);
	}

	static Call call(String path, Map<String, ?> body) {
		return new Call(path, body);
	}

	/** Fresh rows for each call, written straight to the database so that no call depends on another. */
	static class Fixtures {

		private static final AtomicInteger SEQUENCE = new AtomicInteger();

		private final JdbcClient jdbc;

		Fixtures(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		String code(String prefix) {
			return prefix + SEQUENCE.incrementAndGet() + "X" + Long.toString(System.nanoTime() % 46656, 36).toUpperCase();
		}

		String area() {
			String code = code("WF");
			jdbc.sql("INSERT INTO area (code, name_en, name_ru, name_tr, sort_order) VALUES (?, 'Walk', 'Walk', 'Walk', 90)")
				.param(code).update();
			return code;
		}

		String indicator() {
			String code = code("WALK.F");
			jdbc.sql("""
					INSERT INTO indicator (code, area_code, name_en, name_ru, name_tr, definition_en, unit, decimals, periodicity,
					  direction, lower_limit, upper_limit, source)
					VALUES (?, 'DIG', 'Walk', 'Walk', 'Walk', 'A walk test indicator.', '%', 1, 'ANNUAL', 'INCREASE', 0, 100, 'Test')""")
				.param(code).update();
			return code;
		}

		long target() {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("INSERT INTO target (indicator_code, state_code, target_value, target_year, origin) VALUES ('IT.NET.USER.ZS', 'KAZ', 90, 2030, 'Walk')")
				.update(keys, "id");
			return keys.getKey().longValue();
		}

		/** A value of Kazakhstan's, the reference of its own period so that marking it is a change. */
		long observation() {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO observation (indicator_code, state_code, period, obs_year, source, obs_value, status, reference,
					  changed_by, changed_at, version)
					VALUES ('IT.NET.USER.ZS', 'KAZ', '2019', 2019, ?, 60, 'FINAL', FALSE, 'test', CURRENT_TIMESTAMP, 0)""")
				.param(code("Walk fixture "))
				.update(keys, "id");
			return keys.getKey().longValue();
		}

		String initiative() {
			String code = code("WALK-D");
			jdbc.sql("INSERT INTO initiative (code, kind, title_en, title_ru, title_tr, adopted_on) VALUES (?, 'DECLARATION', 'Walk', 'Walk', 'Walk', DATE '2025-05-21')")
				.param(code).update();
			return code;
		}

		long commitment() {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("INSERT INTO commitment (initiative_id, reference, text_en, area_code) SELECT id, 'Art. 1', 'Walk commitment text.', 'TRN' FROM initiative WHERE code = ?")
				.param(initiative())
				.update(keys, "id");
			return keys.getKey().longValue();
		}

		/** A user with an invitation pending, of another state, so that changing it harms no walker. */
		long user() {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("INSERT INTO app_user (username, display_name, email, role, state_code, active, created_at, version) VALUES (?, 'Walk user', 'walk@example.org', 'NATIONAL_COORDINATOR', 'KGZ', TRUE, CURRENT_TIMESTAMP, 0)")
				.param(code("walk.u").toLowerCase())
				.update(keys, "id");
			return keys.getKey().longValue();
		}

		Map<String, Object> initiativeEdit(String code, Integer version) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("code", code);
			body.put("kind", "DECLARATION");
			body.put("titleEn", "Walk declaration");
			body.put("titleRu", "Декларация");
			body.put("titleTr", "Bildiri");
			body.put("adoptedOn", "2025-05-21");
			body.put("place", "Budapest");
			body.put("expectedVersion", version);
			return body;
		}

		Map<String, Object> commitmentEdit(Integer version) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("reference", "Art. 2");
			body.put("textEn", "Members develop the Trans-Caspian route together.");
			body.put("areaCode", "TRN");
			body.put("indicatorCodes", List.of("OTS.TITR.CARGO"));
			body.put("stateCodes", List.of("KAZ"));
			body.put("expectedVersion", version);
			return body;
		}

		Map<String, Object> areaJson(String code, Integer version) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("code", code);
			body.put("name", Map.of("en", "Walk area", "ru", "Область", "tr", "Alan"));
			body.put("version", version);
			return body;
		}

		Map<String, Object> indicatorJson(String code, Integer version) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("code", code);
			body.put("areaCode", "DIG");
			body.put("name", Map.of("en", "Walk indicator", "ru", "Показатель", "tr", "Gösterge"));
			body.put("definition", Map.of("en", "An indicator of the authorisation walk."));
			body.put("unit", "%");
			body.put("decimals", 1);
			body.put("direction", "INCREASE");
			body.put("source", "Test");
			body.put("version", version);
			return body;
		}

		Map<String, String> areaForm(String code, String version) {
			return Map.of("code", code, "nameEn", "Walk area", "nameRu", "Область", "nameTr", "Alan", "sortOrder", "",
					"version", version);
		}

		Map<String, String> indicatorForm(String code, String version) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("code", code);
			form.put("areaCode", "DIG");
			form.put("nameEn", "Walk indicator");
			form.put("nameRu", "Показатель");
			form.put("nameTr", "Gösterge");
			form.put("definitionEn", "An indicator of the authorisation walk.");
			form.put("unit", "%");
			form.put("decimals", "1");
			form.put("periodicity", "ANNUAL");
			form.put("direction", "INCREASE");
			form.put("lowerLimit", "0");
			form.put("upperLimit", "100");
			form.put("source", "Test");
			form.put("version", version);
			return form;
		}
	}

	@OnPostgres
	static class OnPostgresTest extends AuthorisationWalkTest {
	}
}
