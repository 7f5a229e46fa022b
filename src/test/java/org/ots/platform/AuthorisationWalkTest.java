package org.ots.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ots.platform.AuthorisationWalkTest.Rule.ADMIN_ONLY;
import static org.ots.platform.AuthorisationWalkTest.Rule.CYCLE_PARTIES;
import static org.ots.platform.AuthorisationWalkTest.Rule.DATA_WRITERS;
import static org.ots.platform.AuthorisationWalkTest.Rule.JOB_OWNER;
import static org.ots.platform.AuthorisationWalkTest.Rule.PUBLIC;
import static org.ots.platform.AuthorisationWalkTest.Rule.SECRETARIAT;
import static org.ots.platform.AuthorisationWalkTest.Rule.STATE_DATA;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.awaitility.Awaitility;

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

import tools.jackson.databind.JsonNode;

/**
 * Who may do what (DESIGN.md section 7), walked over real HTTP: every endpoint of the API and of the
 * Secretariat's pages, called by every kind of user, with the outcome the rule of the endpoint expects.
 * Reads of published data are public; the framework is changed by the Secretariat only; observations are
 * written by the Secretariat for any state and by a national coordinator for its own state only (the
 * coordinator of Azerbaijan here acts on Kazakhstan's data); examiners and experts write no data. An import is
 * accepted from any data writer, its rows are checked state by state when the job runs, and a job is seen only by
 * the Secretariat and the user who started it.
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
		STATE_DATA(Set.of(Actor.ADMIN, Actor.ANALYST, Actor.COORDINATOR_OF_KAZ)),
		/**
		 * Uploads and publishers' code mappings: any coordinator may start an import of Kazakhstan's rows, because
		 * the rows are checked per state only when the job runs (see
		 * {@link AuthorisationWalkTest#anImportOfAnotherStatesRowsIsAcceptedThenRejectedWithNothingWritten()}).
		 */
		DATA_WRITERS(Set.of(Actor.ADMIN, Actor.ANALYST, Actor.COORDINATOR_OF_KAZ, Actor.COORDINATOR_OF_AZE)),
		/** An import job, whose errors quote the file's values: the Secretariat and its creator, Kazakhstan's coordinator. */
		JOB_OWNER(Set.of(Actor.ADMIN, Actor.ANALYST, Actor.COORDINATOR_OF_KAZ)),
		// notifications: every signed-in user has an inbox; a message is marked read by its recipient only
		SIGNED_IN(Set.of(Actor.ADMIN, Actor.ANALYST, Actor.COORDINATOR_OF_KAZ, Actor.COORDINATOR_OF_AZE, Actor.EXAMINER,
				Actor.EXPERT)),
		/** A message addressed to Kazakhstan's coordinator: not even the Secretariat marks it read. */
		MESSAGE_RECIPIENT(Set.of(Actor.COORDINATOR_OF_KAZ)),
		/**
		 * The accepted examiner assignment of an unpublished cycle that reviews Kazakhstan, examined by Türkiye (the
		 * examiner's state) and Kyrgyzstan with the expert's institution: the Secretariat and the cycle's parties.
		 */
		CYCLE_PARTIES(Set.of(Actor.ADMIN, Actor.ANALYST, Actor.COORDINATOR_OF_KAZ, Actor.EXAMINER, Actor.EXPERT)),
		// review analysis, questions and recommendations (Kazakhstan reviewed, Türkiye's examiner assigned)
		/** Written questions to Kazakhstan: other member states' coordinators and examiners, not the Secretariat. */
		PEERS_OF_KAZ(Set.of(Actor.COORDINATOR_OF_AZE, Actor.EXAMINER)),
		/** Answers and comments on the draft: Kazakhstan's own coordinators only. */
		KAZ_ONLY(Set.of(Actor.COORDINATOR_OF_KAZ)),
		/** Involved in the review of Kazakhstan: the Secretariat, Kazakhstan, and its assigned examiner (thread, follow-up). */
		KAZ_REVIEW_INVOLVED(Set.of(Actor.ADMIN, Actor.ANALYST, Actor.COORDINATOR_OF_KAZ, Actor.EXAMINER)),
		// monitoring: alert rules, the board and subscriptions
		/** Alert rules and acknowledgements: the Secretariat and experts (the rule of the walk is the expert's own). */
		ALERT_WRITERS(Set.of(Actor.ADMIN, Actor.ANALYST, Actor.EXPERT)),
		/** An alert of Kazakhstan: every signed-in user but the coordinators of other states. */
		ALERT_READERS_OF_KAZ(Set.of(Actor.ADMIN, Actor.ANALYST, Actor.COORDINATOR_OF_KAZ, Actor.EXAMINER, Actor.EXPERT)),
		/** A subscription of Kazakhstan's coordinator: removed by its subscriber only. */
		SUBSCRIBER_OF_KAZ(Set.of(Actor.COORDINATOR_OF_KAZ)),
		/** Scenarios: written by the Secretariat and experts (the scenario of the walk is the expert's own). */
		SCENARIO_WRITERS(Set.of(Actor.ADMIN, Actor.ANALYST, Actor.EXPERT)),
		// analytical products (experts)
		/** A product of the expert's Test Institute: written by its experts and the Secretariat. */
		PRODUCT_AUTHORS(Set.of(Actor.ADMIN, Actor.ANALYST, Actor.EXPERT));

		final Set<Actor> allowed;

		Rule(Set<Actor> allowed) {
			this.allowed = allowed;
		}
	}

	/**
	 * JSON API (stateless HTTP Basic), pages (session, form login, CSRF), or the fragments htmx asks for from a page
	 * (session, HX-Request header, the CSRF token as a header; they answer 200 with the fragment, also to a POST).
	 */
	enum Channel {
		API, PAGE, HTMX
	}

	/**
	 * A concrete request: the path, and the JSON body (API) or the form fields (pages), or null. A body with an
	 * {@link ApiClient.Upload} goes as a multipart form.
	 */
	record Call(String path, Map<String, ?> body) {
	}

	/** @param success the status an allowed user gets; 0 for any 2xx (API), 200 for GET and 302 for POST (pages) */
	record Endpoint(Channel channel, String method, String pattern, Rule rule, int success, Function<Fixtures, Call> call) {

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
			// progress of the series (monitoring): computed, never written from outside
			api("GET", "/api/v1/progress", PUBLIC, f -> call("/api/v1/progress?area=DIG&state=KAZ")),
			api("GET", "/api/v1/progress/{indicator}/{state}", PUBLIC, f -> call("/api/v1/progress/" + f.progressSeries())),
			api("GET", "/api/v1/scoreboard", PUBLIC, f -> call("/api/v1/scoreboard?area=DIG")),
			page("GET", "/scoreboard", PUBLIC, f -> call("/scoreboard?area=DIG")),
			page("GET", "/states/{code}/profile", PUBLIC, f -> call("/states/KAZ/profile")),
			page("GET", "/compare/{indicator}", PUBLIC, f -> call("/compare/IT.NET.USER.ZS")),
			page("GET", "/progress/{indicator}/{state}", PUBLIC, f -> call("/progress/" + f.progressSeries())),
			// foresight: projections and targets at risk, public like the data
			api("GET", "/api/v1/projections/{indicator}/{state}", PUBLIC,
					f -> call("/api/v1/projections/" + f.projectionSeries())),
			api("GET", "/api/v1/targets-at-risk", PUBLIC, f -> call("/api/v1/targets-at-risk?state=KAZ&area=DIG")),
			page("GET", "/projections", PUBLIC, f -> call("/projections?state=KAZ&area=DIG")),
			page("GET", "/projections/{indicator}/{state}", PUBLIC, f -> call("/projections/" + f.projectionSeries())),
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
			page("GET", "/audit", SECRETARIAT, f -> call("/audit")),
			// imports
			api("POST", "/api/v1/imports", DATA_WRITERS, f -> call("/api/v1/imports", Map.of("file", f.kazakhFile()))),
			api("GET", "/api/v1/imports/{id}", JOB_OWNER, f -> call("/api/v1/imports/" + f.importJob())),
			page("GET", "/import", DATA_WRITERS, f -> call("/import")),
			page("POST", "/import", DATA_WRITERS,
					f -> call("/import", Map.of("file", f.kazakhFile(), "format", "auto", "source", ""))),
			page("GET", "/import/{id}", JOB_OWNER, f -> call("/import/" + f.importJob())),
			page("POST", "/import/{id}/mapping", JOB_OWNER,
					f -> call("/import/" + f.jobAwaitingMapping() + "/mapping", Map.of("indicator", f.indicator()))),
			page("GET", "/import/mappings", DATA_WRITERS, f -> call("/import/mappings")),
			page("POST", "/import/mappings", DATA_WRITERS, f -> call("/import/mappings",
					Map.of("publisher", "OWID", "externalCode", f.code("Walk series "), "indicator", "IT.NET.USER.ZS"))),
			// data entry: the grid and the cells and rows it asks for with htmx
			page("GET", "/data/grid", STATE_DATA, f -> call("/data/grid?state=KAZ&area=DIG&from=2018&to=2019")),
			htmx("GET", "/data/grid/row", STATE_DATA,
					f -> call("/data/grid/row?indicator=IT.NET.USER.ZS&state=KAZ&from=2018&to=2019&source=Walk")),
			htmx("GET", "/data/grid/cell", STATE_DATA,
					f -> call("/data/grid/cell?indicator=IT.NET.USER.ZS&state=KAZ&period=2019&source=Walk")),
			htmx("POST", "/data/grid/cell", STATE_DATA, f -> call("/data/grid/cell", Map.of("indicator", "IT.NET.USER.ZS",
					"state", "KAZ", "period", "2017", "source", f.code("Walk grid "), "value", "66.5"))),
			// the history of a value, where the reference source is chosen and a value removed
			page("GET", "/observations/history", PUBLIC,
					f -> call("/observations/history?indicator=IT.NET.USER.ZS&state=KAZ&period=2019")),
			page("POST", "/observations/{id}/reference", STATE_DATA,
					f -> call("/observations/" + f.observation() + "/reference", Map.of())),
			page("POST", "/observations/{id}/delete", STATE_DATA,
					f -> call("/observations/" + f.observation() + "/delete", Map.of("version", "0"))),
			// notifications: the inbox
			api("GET", "/api/v1/inbox", Rule.SIGNED_IN, f -> call("/api/v1/inbox")),
			api("POST", "/api/v1/inbox/{id}/read", Rule.MESSAGE_RECIPIENT, f -> call("/api/v1/inbox/" + f.inboxMessage() + "/read")),
			page("GET", "/inbox", Rule.SIGNED_IN, f -> call("/inbox")),
			page("POST", "/inbox/{id}/read", Rule.MESSAGE_RECIPIENT, f -> call("/inbox/" + f.inboxMessage() + "/read", Map.of())),
			// reviews, national reports: Kazakhstan's draft is its coordinators' and the Secretariat's only
			api("GET", "/api/v1/cycles/{cycleId}/reports/{state}", STATE_DATA, f -> call(f.draftReport())),
			api("PUT", "/api/v1/cycles/{cycleId}/reports/{state}/sections/{area}", STATE_DATA,
					f -> call(f.draftReport() + "/sections/TRN", Map.of("narrative", "<p>Walk</p>", "expectedVersion",
							f.sectionVersion("TRN")))),
			api("PUT", "/api/v1/cycles/{cycleId}/reports/{state}/commitments/{commitmentId}", STATE_DATA,
					f -> call(f.draftReport() + "/commitments/" + f.kazakhCommitment(), Map.of("progress", "IN_PROGRESS"))),
			api("POST", "/api/v1/cycles/{cycleId}/reports/{state}/submit", STATE_DATA,
					f -> call(f.kazakhReport("DRAFT") + "/submit", Map.of())),
			api("POST", "/api/v1/cycles/{cycleId}/reports/{state}/return", SECRETARIAT,
					f -> call(f.kazakhReport("SUBMITTED") + "/return", Map.of("comment", "Walk comment"))),
			page("GET", "/reviews/{cycleId}/reports/{state}", STATE_DATA, f -> call(f.draftPage())),
			page("POST", "/reviews/{cycleId}/reports/{state}/sections/{area}", STATE_DATA,
					f -> call(f.draftPage() + "/sections/DIG", Map.of("narrative", "<p>Walk</p>", "version",
							String.valueOf(f.sectionVersion("DIG"))))),
			page("POST", "/reviews/{cycleId}/reports/{state}/commitments/{commitmentId}", STATE_DATA,
					f -> call(f.draftPage() + "/commitments/" + f.kazakhCommitment(), Map.of("progress", "ACHIEVED"))),
			page("POST", "/reviews/{cycleId}/reports/{state}/attachments", STATE_DATA,
					f -> call(f.draftPage() + "/attachments", Map.of("file", new ApiClient.Upload("walk.pdf",
							"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))))),
			page("GET", "/reviews/{cycleId}/reports/{state}/attachments/{attachmentId}", STATE_DATA,
					f -> call(f.draftPage() + "/attachments/" + f.attachment())),
			page("GET", "/reviews/{cycleId}/reports/{state}/sections/{area}/history", STATE_DATA,
					f -> call(f.draftPage() + "/sections/TRN/history")),
			page("POST", "/reviews/{cycleId}/reports/{state}/submit", STATE_DATA,
					f -> call(f.kazakhReport("DRAFT").replace("/api/v1/cycles/", "/reviews/") + "/submit", Map.of())),
			page("POST", "/reviews/{cycleId}/reports/{state}/return", SECRETARIAT,
					f -> call(f.kazakhReport("SUBMITTED").replace("/api/v1/cycles/", "/reviews/") + "/return",
							Map.of("comment", "Walk comment"))),
			// review cycles (the cycles part of issue 3): public facts for anyone, run by the Secretariat
			api("GET", "/api/v1/cycles", PUBLIC, f -> call("/api/v1/cycles")),
			api("GET", "/api/v1/cycles/{id}", PUBLIC, f -> call("/api/v1/cycles/" + f.cycle())),
			api("POST", "/api/v1/cycles", SECRETARIAT,
					f -> call("/api/v1/cycles", Map.of("year", f.cycleYear(), "meetingDate", "2026-11-20", "states", List.of("KAZ")))),
			api("POST", "/api/v1/cycles/{id}/advance", SECRETARIAT,
					f -> call("/api/v1/cycles/" + f.cycle() + "/advance", Map.of("version", 0))),
			api("POST", "/api/v1/cycles/{id}/postpone", SECRETARIAT,
					f -> call("/api/v1/cycles/" + f.cycle() + "/postpone", Map.of("reason", "Walk", "version", 0))),
			api("POST", "/api/v1/cycles/{id}/resume", SECRETARIAT,
					f -> call("/api/v1/cycles/" + f.postponedCycle() + "/resume", Map.of("version", 0))),
			api("POST", "/api/v1/cycles/{id}/withdraw", SECRETARIAT,
					f -> call("/api/v1/cycles/" + f.cycle() + "/withdraw", Map.of("reason", "Walk", "version", 0))),
			api("PUT", "/api/v1/cycles/{id}/deadlines/{kind}", SECRETARIAT,
					f -> call("/api/v1/cycles/" + f.cycle() + "/deadlines/QUESTIONS_DUE", Map.of("date", "2026-11-05", "version", 0))),
			api("PUT", "/api/v1/cycles/{id}/questions-from", SECRETARIAT, f -> call("/api/v1/cycles/" + f.cycle()
					+ "/questions-from", Map.of("questionsFrom", "EXAMINERS_ONLY", "version", 0))),
			page("GET", "/reviews", PUBLIC, f -> call("/reviews")),
			page("GET", "/reviews/new", SECRETARIAT, f -> call("/reviews/new")),
			page("POST", "/reviews", SECRETARIAT, f -> call("/reviews", Map.of("year", String.valueOf(f.cycleYear()),
					"meetingDate", "2026-11-20", "states", "KAZ", "observerPolicy", "READ_ONLY"))),
			page("GET", "/reviews/{id}", SECRETARIAT, f -> call("/reviews/" + f.cycle())),
			page("POST", "/reviews/{id}/advance", SECRETARIAT,
					f -> call("/reviews/" + f.cycle() + "/advance", Map.of("version", "0"))),
			page("POST", "/reviews/{id}/postpone", SECRETARIAT,
					f -> call("/reviews/" + f.cycle() + "/postpone", Map.of("reason", "Walk", "version", "0"))),
			page("POST", "/reviews/{id}/resume", SECRETARIAT,
					f -> call("/reviews/" + f.postponedCycle() + "/resume", Map.of("meetingDate", "", "version", "0"))),
			page("POST", "/reviews/{id}/withdraw", SECRETARIAT,
					f -> call("/reviews/" + f.cycle() + "/withdraw", Map.of("reason", "Walk", "version", "0"))),
			page("POST", "/reviews/{id}/deadlines", SECRETARIAT, f -> call("/reviews/" + f.cycle() + "/deadlines",
					Map.of("kind", "QUESTIONS_DUE", "date", "2026-11-05", "version", "0"))),
			page("POST", "/reviews/{id}/questions-from", SECRETARIAT, f -> call("/reviews/" + f.cycle() + "/questions-from",
					Map.of("questionsFrom", "EXAMINERS_ONLY", "version", "0"))),
			// review cycles: examiner assignments (assign part)
			api("GET", "/api/v1/cycles/{id}/assignments", CYCLE_PARTIES,
					f -> call("/api/v1/cycles/" + f.assignedCycle() + "/assignments")),
			api("GET", "/api/v1/cycles/{id}/assignments/proposal", SECRETARIAT,
					f -> call("/api/v1/cycles/" + f.cycleToAssign() + "/assignments/proposal")),
			api("POST", "/api/v1/cycles/{id}/assignments/proposal", SECRETARIAT,
					f -> call("/api/v1/cycles/" + f.cycleToAssign() + "/assignments/proposal")),
			api("PUT", "/api/v1/cycles/{id}/assignments/{state}", SECRETARIAT, f -> {
				long cycle = f.cycleToAssign();
				return call("/api/v1/cycles/" + cycle + "/assignments/KAZ", Map.of("examinerStates", List.of("KGZ", "TUR"),
						"institutions", List.of(), "reason", "Walk", "version", f.assignmentVersion(cycle)));
			}),
			api("POST", "/api/v1/assignment-conflicts", SECRETARIAT, f -> call("/api/v1/assignment-conflicts",
					Map.of("reviewedState", "XNC", "examinerState", f.noWalkConflict(), "reason", "Walk conflict"))),
			api("GET", "/api/v1/assignment-conflicts", SECRETARIAT, f -> call("/api/v1/assignment-conflicts")),
			api("DELETE", "/api/v1/assignment-conflicts/{conflictId}", SECRETARIAT,
					f -> call("/api/v1/assignment-conflicts/" + f.walkConflict())),
			page("POST", "/reviews/{id}/assignments/conflicts", SECRETARIAT, f -> call(
					"/reviews/" + f.cycleToAssign() + "/assignments/conflicts",
					Map.of("reviewedState", "XNC", "examinerState", f.noWalkConflict(), "institutionId", "", "reason", "Walk"))),
			page("POST", "/reviews/{id}/assignments/conflicts/{conflictId}/withdraw", SECRETARIAT, f -> call(
					"/reviews/" + f.cycleToAssign() + "/assignments/conflicts/" + f.walkConflict() + "/withdraw", Map.of())),
			page("GET", "/reviews/{id}/assignments", CYCLE_PARTIES, f -> call("/reviews/" + f.assignedCycle() + "/assignments")),
			page("POST", "/reviews/{id}/assignments/accept", SECRETARIAT,
					f -> call("/reviews/" + f.cycleToAssign() + "/assignments/accept", Map.of())),
			page("POST", "/reviews/{id}/assignments/change", SECRETARIAT, f -> {
				long cycle = f.cycleToAssign();
				return call("/reviews/" + cycle + "/assignments/change", Map.of("state", "KAZ", "examiners", "KGZ,TUR",
						"reason", "Walk", "version", String.valueOf(f.assignmentVersion(cycle))));
			}),
			// review analysis, written questions and answers, meeting, recommendations (questions part)
			api("GET", "/api/v1/cycles/{cycleId}/questions/{state}", PUBLIC,
					f -> call("/api/v1/cycles/" + f.reviews().cycle("PUBLISHED") + "/questions/KAZ")),
			api("POST", "/api/v1/cycles/{cycleId}/questions/{state}", Rule.PEERS_OF_KAZ,
					f -> call("/api/v1/cycles/" + f.reviews().cycle("QUESTIONS_OPEN") + "/questions/KAZ",
							Map.of("area", "TRN", "question", "Walk question"))),
			api("GET", "/api/v1/cycles/{cycleId}/questions/{state}/{questionId}", Rule.KAZ_REVIEW_INVOLVED,
					f -> call("/api/v1/cycles/" + f.reviews().cycle("ANSWERS_DUE") + "/questions/KAZ/"
							+ f.reviews().question("ANSWERS_DUE"))),
			api("POST", "/api/v1/cycles/{cycleId}/questions/{state}/{questionId}/answer", Rule.KAZ_ONLY,
					f -> call("/api/v1/cycles/" + f.reviews().cycle("QUESTIONS_OPEN") + "/questions/KAZ/" + f.reviews().question()
							+ "/answer", Map.of("answer", "Walk answer"))),
			api("POST", "/api/v1/cycles/{cycleId}/questions/{state}/{questionId}/accept-late", SECRETARIAT,
					f -> call("/api/v1/cycles/" + f.reviews().cycle("QUESTIONS_OPEN") + "/questions/KAZ/" + f.reviews().question()
							+ "/accept-late", Map.of())),
			api("GET", "/api/v1/recommendations", PUBLIC, f -> call("/api/v1/recommendations?state=KAZ")),
			api("GET", "/api/v1/recommendations/board", PUBLIC, f -> call("/api/v1/recommendations/board")),
			api("GET", "/api/v1/recommendations/{code}", PUBLIC, f -> call("/api/v1/recommendations/" + f.reviews().published())),
			api("POST", "/api/v1/recommendations/{code}/status", Rule.KAZ_REVIEW_INVOLVED,
					f -> call("/api/v1/recommendations/" + f.reviews().published() + "/status",
							Map.of("status", "IMPLEMENTED", "evidence", "Walk evidence", "period", "2026"))),
			page("GET", "/recommendations", PUBLIC, f -> call("/recommendations?state=KAZ")),
			page("GET", "/recommendations/{code}", PUBLIC, f -> call("/recommendations/" + f.reviews().published())),
			page("POST", "/recommendations/{code}/status", Rule.KAZ_REVIEW_INVOLVED,
					f -> call("/recommendations/" + f.reviews().published() + "/status",
							Map.of("status", "IMPLEMENTED", "evidence", "Walk evidence", "period", "2026"))),
			page("GET", "/reviews/{cycleId}/review/{state}", PUBLIC,
					f -> call("/reviews/" + f.reviews().cycle("PUBLISHED") + "/review/KAZ")),
			page("POST", "/reviews/{cycleId}/review/{state}/findings", SECRETARIAT,
					f -> call("/reviews/" + f.reviews().cycle("SECRETARIAT_ANALYSIS") + "/review/KAZ/findings",
							Map.of("area", "TRN", "assessment", "PARTLY", "text", "Walk finding", "version",
									f.reviews().findingVersion()))),
			page("POST", "/reviews/{cycleId}/review/{state}/recommendations", SECRETARIAT,
					f -> call("/reviews/" + f.reviews().cycle("SECRETARIAT_ANALYSIS") + "/review/KAZ/recommendations",
							Map.of("area", "TRN", "priority", "LOW", "text", "Walk recommendation"))),
			page("POST", "/reviews/{cycleId}/review/{state}/comments", Rule.KAZ_ONLY,
					f -> call("/reviews/" + f.reviews().cycle("FACTUAL_CHECK") + "/review/KAZ/comments",
							Map.of("area", "TRN", "text", "Walk comment"))),
			page("POST", "/reviews/{cycleId}/review/{state}/meeting", SECRETARIAT,
					f -> call("/reviews/" + f.reviews().cycle("REVIEW_MEETING") + "/review/KAZ/meeting",
							Map.of("date", "2026-11-20", "participants", "Walk", "conclusions", "Walk", "version",
									f.reviews().meetingVersion()))),
			page("POST", "/reviews/{cycleId}/review/{state}/adoption", SECRETARIAT,
					f -> call("/reviews/" + f.reviews().cycle("REVIEW_MEETING") + "/review/KAZ/adoption",
							Map.of(f.reviews().draftAtMeeting(), "AGREED"))),
			page("GET", "/reviews/{cycleId}/questions/{state}", PUBLIC,
					f -> call("/reviews/" + f.reviews().cycle("PUBLISHED") + "/questions/KAZ")),
			page("POST", "/reviews/{cycleId}/questions/{state}", Rule.PEERS_OF_KAZ,
					f -> call("/reviews/" + f.reviews().cycle("QUESTIONS_OPEN") + "/questions/KAZ",
							Map.of("area", "TRN", "question", "Walk question"))),
			page("POST", "/reviews/{cycleId}/questions/{state}/{questionId}/answer", Rule.KAZ_ONLY,
					f -> call("/reviews/" + f.reviews().cycle("QUESTIONS_OPEN") + "/questions/KAZ/" + f.reviews().question()
							+ "/answer", Map.of("answer", "Walk answer"))),
			page("POST", "/reviews/{cycleId}/questions/{state}/{questionId}/accept-late", SECRETARIAT,
					f -> call("/reviews/" + f.reviews().cycle("QUESTIONS_OPEN") + "/questions/KAZ/" + f.reviews().question()
							+ "/accept-late", Map.of())),
			// monitoring: alerts (of Kazakhstan), alert rules (the expert's), subscriptions (to transport, not to the
			// digital area of the alert tests)
			api("GET", "/api/v1/alerts", Rule.SIGNED_IN, f -> call("/api/v1/alerts?state=KAZ&severity=WARNING")),
			api("GET", "/api/v1/alerts/{id}", Rule.ALERT_READERS_OF_KAZ, f -> call("/api/v1/alerts/" + f.alert())),
			api("POST", "/api/v1/alerts/{id}/acknowledge", Rule.ALERT_WRITERS,
					f -> call("/api/v1/alerts/" + f.alert() + "/acknowledge", Map.of("comment", "Walk"))),
			api("GET", "/api/v1/alert-subscriptions", Rule.SIGNED_IN, f -> call("/api/v1/alert-subscriptions")),
			api("POST", "/api/v1/alert-subscriptions", Rule.SIGNED_IN,
					f -> call("/api/v1/alert-subscriptions", Map.of("areaCode", "TRN", "stateCode", ""))),
			api("DELETE", "/api/v1/alert-subscriptions/{id}", Rule.SUBSCRIBER_OF_KAZ,
					f -> call("/api/v1/alert-subscriptions/" + f.alertSubscription())),
			api("GET", "/api/v1/alert-rules", Rule.ALERT_WRITERS, f -> call("/api/v1/alert-rules")),
			api("POST", "/api/v1/alert-rules", Rule.ALERT_WRITERS, f -> call("/api/v1/alert-rules", f.alertRuleEdit(null))),
			api("GET", "/api/v1/alert-rules/{id}", Rule.ALERT_WRITERS, f -> call("/api/v1/alert-rules/" + f.alertRule())),
			api("PUT", "/api/v1/alert-rules/{id}", Rule.ALERT_WRITERS,
					f -> call("/api/v1/alert-rules/" + f.alertRule(), f.alertRuleEdit(0))),
			api("POST", "/api/v1/alert-rules/{id}/deactivate", Rule.ALERT_WRITERS,
					f -> call("/api/v1/alert-rules/" + f.alertRule() + "/deactivate", Map.of("version", 0))),
			page("GET", "/monitoring/alerts", Rule.SIGNED_IN, f -> call("/monitoring/alerts?state=KAZ&status=open")),
			page("POST", "/monitoring/alerts/{id}/acknowledge", Rule.ALERT_WRITERS,
					f -> call("/monitoring/alerts/" + f.alert() + "/acknowledge", Map.of("comment", "Walk"))),
			page("POST", "/monitoring/subscriptions", Rule.SIGNED_IN,
					f -> call("/monitoring/subscriptions", Map.of("areaCode", "TRN", "stateCode", ""))),
			page("POST", "/monitoring/subscriptions/{id}/delete", Rule.SUBSCRIBER_OF_KAZ,
					f -> call("/monitoring/subscriptions/" + f.alertSubscription() + "/delete", Map.of())),
			page("GET", "/monitoring/rules", Rule.ALERT_WRITERS, f -> call("/monitoring/rules")),
			page("GET", "/monitoring/rules/new", Rule.ALERT_WRITERS, f -> call("/monitoring/rules/new")),
			page("POST", "/monitoring/rules", Rule.ALERT_WRITERS, f -> call("/monitoring/rules", text(f.alertRuleEdit(null)))),
			page("GET", "/monitoring/rules/{id}", Rule.ALERT_WRITERS, f -> call("/monitoring/rules/" + f.alertRule())),
			page("POST", "/monitoring/rules/{id}", Rule.ALERT_WRITERS,
					f -> call("/monitoring/rules/" + f.alertRule(), text(f.alertRuleEdit(0)))),
			page("POST", "/monitoring/rules/{id}/deactivate", Rule.ALERT_WRITERS,
					f -> call("/monitoring/rules/" + f.alertRule() + "/deactivate", Map.of("version", "0"))),
			// composite indices (monitoring): published ones public, definitions the Secretariat's
			api("GET", "/api/v1/indices", PUBLIC, f -> call("/api/v1/indices")),
			api("GET", "/api/v1/indices/{id}", PUBLIC, f -> call("/api/v1/indices/" + f.compositeIndex())),
			page("GET", "/indices", PUBLIC, f -> call("/indices")),
			page("GET", "/indices/{id}", PUBLIC, f -> call("/indices/" + f.compositeIndex())),
			page("GET", "/indices/new", SECRETARIAT, f -> call("/indices/new")),
			page("POST", "/indices", SECRETARIAT, f -> call("/indices", f.compositeIndexForm(null))),
			page("GET", "/indices/{id}/edit", SECRETARIAT, f -> call("/indices/" + f.compositeIndex() + "/edit")),
			page("POST", "/indices/{id}", SECRETARIAT,
					f -> call("/indices/" + f.compositeIndex(), f.compositeIndexForm(0))),
			// scenarios (foresight): working material of the signed-in, written by the Secretariat and experts
			api("GET", "/api/v1/scenarios", Rule.SIGNED_IN, f -> call("/api/v1/scenarios")),
			api("POST", "/api/v1/scenarios", Rule.SCENARIO_WRITERS, f -> call("/api/v1/scenarios", f.scenarioEdit(null))),
			api("GET", "/api/v1/scenarios/{id}", Rule.SIGNED_IN, f -> call("/api/v1/scenarios/" + f.scenario())),
			api("PUT", "/api/v1/scenarios/{id}", Rule.SCENARIO_WRITERS,
					f -> call("/api/v1/scenarios/" + f.scenario(), f.scenarioEdit(1))),
			api("POST", "/api/v1/scenarios/{id}/withdraw", Rule.SCENARIO_WRITERS,
					f -> call("/api/v1/scenarios/" + f.scenario() + "/withdraw", Map.of("version", 1))),
			page("GET", "/scenarios", Rule.SIGNED_IN, f -> call("/scenarios")),
			page("GET", "/scenarios/new", Rule.SCENARIO_WRITERS, f -> call("/scenarios/new")),
			page("POST", "/scenarios", Rule.SCENARIO_WRITERS, f -> call("/scenarios", f.scenarioForm(null))),
			page("GET", "/scenarios/{id}", Rule.SIGNED_IN, f -> call("/scenarios/" + f.scenario())),
			page("GET", "/scenarios/{id}/versions/{version}", Rule.SIGNED_IN,
					f -> call("/scenarios/" + f.scenario() + "/versions/1")),
			page("GET", "/scenarios/{id}/edit", Rule.SCENARIO_WRITERS, f -> call("/scenarios/" + f.scenario() + "/edit")),
			page("POST", "/scenarios/{id}", Rule.SCENARIO_WRITERS,
					f -> call("/scenarios/" + f.scenario(), f.scenarioForm(1))),
			page("POST", "/scenarios/{id}/withdraw", Rule.SCENARIO_WRITERS,
					f -> call("/scenarios/" + f.scenario() + "/withdraw", Map.of("version", "1", "reason", "Walk"))),
			page("GET", "/scenarios/compare", Rule.SIGNED_IN,
					f -> call("/scenarios/compare?ids=" + f.scenario() + "," + f.scenario() + "v1")),
			// analytical products (experts): published ones public; drafts of the Test Institute written by its expert
			// and the Secretariat; the review moves the Secretariat's
			api("GET", "/api/v1/products", PUBLIC, f -> call("/api/v1/products?area=TRN")),
			api("GET", "/api/v1/products/{id}", PUBLIC, f -> call("/api/v1/products/" + f.product("PUBLISHED"))),
			api("POST", "/api/v1/products", Rule.PRODUCT_AUTHORS, f -> call("/api/v1/products", f.productEdit(null))),
			api("PUT", "/api/v1/products/{id}", Rule.PRODUCT_AUTHORS,
					f -> call("/api/v1/products/" + f.product("DRAFT"), f.productEdit(0))),
			api("POST", "/api/v1/products/{id}/status", SECRETARIAT, f -> call(
					"/api/v1/products/" + f.product("IN_REVIEW") + "/status", Map.of("status", "PUBLISHED", "version", 0))),
			api("POST", "/api/v1/products/{id}/file", Rule.PRODUCT_AUTHORS, f -> call(
					"/api/v1/products/" + f.product("DRAFT") + "/file?version=0", Map.of("file", Fixtures.productPdf()))),
			page("GET", "/products", PUBLIC, f -> call("/products?area=TRN")),
			page("GET", "/products/{id}", PUBLIC, f -> call("/products/" + f.product("PUBLISHED"))),
			page("GET", "/products/{id}/file", PUBLIC, f -> call("/products/" + f.product("PUBLISHED") + "/file")),
			page("GET", "/products/new", Rule.PRODUCT_AUTHORS, f -> call("/products/new")),
			page("POST", "/products", Rule.PRODUCT_AUTHORS, f -> call("/products", text(f.productEdit(null)))),
			page("GET", "/products/{id}/edit", Rule.PRODUCT_AUTHORS, f -> call("/products/" + f.product("DRAFT") + "/edit")),
			page("POST", "/products/{id}", Rule.PRODUCT_AUTHORS,
					f -> call("/products/" + f.product("DRAFT"), text(f.productEdit(0)))),
			page("POST", "/products/{id}/file", Rule.PRODUCT_AUTHORS, f -> call("/products/" + f.product("DRAFT") + "/file",
					Map.of("file", Fixtures.productPdf(), "version", "0"))),
			page("POST", "/products/{id}/submit", Rule.PRODUCT_AUTHORS,
					f -> call("/products/" + f.product("DRAFT") + "/submit", Map.of("version", "0"))),
			page("POST", "/products/{id}/publish", SECRETARIAT,
					f -> call("/products/" + f.product("IN_REVIEW") + "/publish", Map.of("version", "0"))),
			page("POST", "/products/{id}/return", SECRETARIAT,
					f -> call("/products/" + f.product("IN_REVIEW") + "/return", Map.of("comment", "Walk", "version", "0"))),
			page("POST", "/products/{id}/withdraw", SECRETARIAT,
					f -> call("/products/" + f.product("PUBLISHED") + "/withdraw", Map.of("reason", "Walk", "version", "0"))),
			page("GET", "/institutions", PUBLIC, f -> call("/institutions")),
			page("GET", "/institutions/{id}", PUBLIC, f -> call("/institutions/" + f.testInstitute())),
			// scenarios cited by analytical products: read with the product, cited by its writers while a draft
			api("GET", "/api/v1/products/{id}/file", PUBLIC, f -> call("/api/v1/products/" + f.product("PUBLISHED") + "/file")),
			api("GET", "/api/v1/products/{id}/scenarios", PUBLIC,
					f -> call("/api/v1/products/" + f.product("PUBLISHED") + "/scenarios")),
			api("POST", "/api/v1/products/{id}/scenarios", Rule.PRODUCT_AUTHORS, f -> call(
					"/api/v1/products/" + f.product("DRAFT") + "/scenarios",
					Map.of("scenarioId", f.scenario(), "scenarioVersion", 1, "version", 0))),
			api("DELETE", "/api/v1/products/{id}/scenarios/{scenarioId}", Rule.PRODUCT_AUTHORS,
					f -> call(f.citation("/api/v1/products/%d/scenarios/%d") + "?version=0")),
			page("POST", "/products/{id}/scenarios", Rule.PRODUCT_AUTHORS, f -> call(
					"/products/" + f.product("DRAFT") + "/scenarios", Map.of("scenario", f.scenario() + "v1", "version", "0"))),
			page("POST", "/products/{id}/scenarios/{scenarioId}/remove", Rule.PRODUCT_AUTHORS,
					f -> call(f.citation("/products/%d/scenarios/%d/remove"), Map.of("version", "0"))));

	/** Paths whose every mapping must have a row above. */
	static final List<String> GUARDED_PREFIXES = List.of("/api/", "/framework", "/commitments/manage", "/users", "/audit",
			"/import", "/data", "/observations", "/inbox", "/reviews", "/recommendations", "/monitoring", "/scoreboard",
			"/compare", "/progress", "/states/{code}/profile", "/projections", "/indices", "/scenarios", "/products", "/institutions");

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

	/** What DATA_WRITERS admits the coordinator of Azerbaijan to: an upload whose job then refuses Kazakhstan's rows. */
	@Test
	void anImportOfAnotherStatesRowsIsAcceptedThenRejectedWithNothingWritten() {
		ApiClient azerbaijan = ApiClient.as(port, TestAccounts.COORDINATOR_AZE);
		String source = "Walk import " + UUID.randomUUID();
		ApiClient.Response upload = azerbaijan.sendMultipart("POST", "/api/v1/imports",
				Map.of("file", Fixtures.kazakhFile(source)));
		assertThat(upload.status()).as(upload.body()).isEqualTo(202);

		JsonNode job = Awaitility.await()
			.atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> azerbaijan.get(upload.header("Location")).json(),
					j -> !j.get("status").asString().matches("QUEUED|VALIDATING|WRITING"));

		assertThat(job.get("status").asString()).isEqualTo("REJECTED");
		assertThat(job.get("errors").get(0).get("message").asString()).isEqualTo("you may not write data for KAZ");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM observation WHERE source = ?").param(source).query(Long.class).single())
			.isZero();
	}

	private void walk(Endpoint endpoint, Actor actor, Fixtures fixtures) {
		Call call = endpoint.call().apply(fixtures);
		boolean allowed = endpoint.rule().allowed.contains(actor);
		String what = endpoint.key() + " as " + actor + " (" + call.path() + ")";
		if (endpoint.channel() == Channel.API) {
			ApiClient client = actor.username == null ? ApiClient.anonymous(port) : ApiClient.as(port, actor.username);
			ApiClient.Response response = ApiClient.hasUpload(call.body())
					? client.sendMultipart(endpoint.method(), call.path(), call.body())
					: client.send(endpoint.method(), call.path(), call.body());
			if (allowed && endpoint.success() != 0) {
				assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(endpoint.success());
			}
			else if (allowed) {
				assertThat(response.status()).as(what + ": " + response.body()).isBetween(200, 299);
			}
			else {
				assertThat(response.status()).as(what + ": " + response.body())
					.isEqualTo(actor == Actor.ANONYMOUS ? 401 : 403);
			}
			return;
		}
		HttpResponse<String> response = request(session(actor), endpoint, call);
		String location = response.headers().firstValue("Location").orElse("");
		if (allowed) {
			int expected = endpoint.success() != 0 ? endpoint.success() : endpoint.method().equals("GET") ? 200 : 302;
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

	/** Sends the call as the browser would: a link or form, a file upload, or htmx's request from the page. */
	private static HttpResponse<String> request(WebSession session, Endpoint endpoint, Call call) {
		boolean htmx = endpoint.channel() == Channel.HTMX;
		if (endpoint.method().equals("GET")) {
			return htmx ? session.send(htmxRequest(session, call.path()).GET(), false) : session.get(call.path());
		}
		session.get("/");
		session.holdFormToken();
		Map<String, ?> body = call.body() == null ? Map.of() : call.body();
		if (ApiClient.hasUpload(body)) {
			Map<String, Object> parts = new LinkedHashMap<>(body);
			parts.put("_csrf", session.csrfToken());
			String boundary = "----walk" + UUID.randomUUID();
			return session.send(HttpRequest.newBuilder(URI.create(session.baseUrl() + call.path()))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(ApiClient.multipart(boundary, parts))), false);
		}
		if (htmx) {
			String form = body.entrySet()
				.stream()
				.map(e -> enc(e.getKey()) + "=" + enc(String.valueOf(e.getValue())))
				.collect(Collectors.joining("&"));
			return session.send(htmxRequest(session, call.path()).header("X-CSRF-TOKEN", session.csrfToken())
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)), false);
		}
		@SuppressWarnings("unchecked")
		Map<String, String> form = (Map<String, String>) body;
		return session.post(call.path(), form);
	}

	private static HttpRequest.Builder htmxRequest(WebSession session, String path) {
		return HttpRequest.newBuilder(URI.create(session.baseUrl() + path)).header("HX-Request", "true");
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
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
		return new Endpoint(Channel.API, method, pattern, rule, 0, call);
	}

	static Endpoint page(String method, String pattern, Rule rule, Function<Fixtures, Call> call) {
		return new Endpoint(Channel.PAGE, method, pattern, rule, 0, call);
	}

	static Endpoint htmx(String method, String pattern, Rule rule, Function<Fixtures, Call> call) {
		return new Endpoint(Channel.HTMX, method, pattern, rule, 200, call);
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
			this.reviews = new ReviewWalkFixtures(jdbc);
		}

		private final ReviewWalkFixtures reviews;

		ReviewWalkFixtures reviews() {
			return reviews;
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

		/** A stored progress assessment of Kazakhstan for a fresh indicator, as {@code INDICATOR/KAZ}. */
		String progressSeries() {
			String indicator = indicator();
			jdbc.sql("""
					INSERT INTO progress_assessment (indicator_code, state_code, status, method, data_points, explanation,
					  configuration, computed_at)
					VALUES (?, 'KAZ', 'UNABLE_TO_ASSESS', 'NO_TARGET', 1, 'Walk', 'walk', CURRENT_TIMESTAMP)""")
				.param(indicator).update();
			return indicator + "/KAZ";
		}

		/** A stored projection of Kazakhstan for a fresh indicator, too short to project, as {@code INDICATOR/KAZ}. */
		String projectionSeries() {
			String indicator = indicator();
			jdbc.sql("""
					INSERT INTO series_projection (indicator_code, state_code, method, fits, data_points, interpolated,
					  illustrative, reason, fingerprint, configuration, computed_at)
					VALUES (?, 'KAZ', 'COMBINATION', '', 2, 0, FALSE, 'TOO_FEW_VALUES', 'walk', 'walk', CURRENT_TIMESTAMP)""")
				.param(indicator).update();
			return indicator + "/KAZ";
		}

		/** An alert rule of the test expert's that never fires (above 1000% of a share). */
		long alertRule() {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO alert_rule (name, kind, indicator_code, state_code, severity, comparison, bound, active, owner,
					  created_at, updated_at, version)
					VALUES (?, 'THRESHOLD', 'IT.NET.USER.ZS', 'KAZ', 'INFO', 'ABOVE', 1000, TRUE, ?, CURRENT_TIMESTAMP,
					  CURRENT_TIMESTAMP, 0)""")
				.params(code("Walk rule "), TestAccounts.EXPERT)
				.update(keys, "id");
			return keys.getKey().longValue();
		}

		/** A rule as the form and the API send it; {@code version} null for a new one. */
		Map<String, Object> alertRuleEdit(Integer version) {
			Map<String, Object> edit = new LinkedHashMap<>(Map.of("name", code("Walk rule "), "kind", "THRESHOLD",
					"indicatorCode", "IT.NET.USER.ZS", "stateCode", "KAZ", "severity", "INFO", "comparison", "ABOVE",
					"bound", "1000", "active", "true"));
			edit.put("expectedVersion", version);
			return edit;
		}

		/** An open alert of Kazakhstan, raised by a rule of its own. */
		long alert() {
			long rule = alertRule();
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO alert (rule_id, indicator_code, area_code, state_code, period, severity, obs_value, reason_key,
					  reason_args, raised_at)
					VALUES (?, 'IT.NET.USER.ZS', 'DIG', 'KAZ', '2024', 'WARNING', 1001,
					  'alerts.reason.THRESHOLD.ABOVE', '1001|2024|1000', CURRENT_TIMESTAMP)""")
				.param(rule)
				.update(keys, "id");
			return keys.getKey().longValue();
		}

		/** A fresh series of Kazakhstan with one value (2020), for a scenario to start from; its indicator code. */
		String scenarioSeries() {
			String indicator = indicator();
			jdbc.sql("""
					INSERT INTO observation (indicator_code, state_code, period, obs_year, source, obs_value, status, reference,
					  changed_by, changed_at, version)
					VALUES (?, 'KAZ', '2020', 2020, 'Walk', 50, 'FINAL', TRUE, 'test', CURRENT_TIMESTAMP, 0)""")
				.param(indicator)
				.update();
			return indicator;
		}

		/** A scenario of the test expert's at version 1: 2% a year to 2030 on a fresh series. */
		long scenario() {
			String indicator = scenarioSeries();
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("INSERT INTO scenario (current_version, author, created_at) VALUES (1, ?, CURRENT_TIMESTAMP)")
				.param(TestAccounts.EXPERT)
				.update(keys, "id");
			long id = keys.getKey().longValue();
			jdbc.sql("""
					INSERT INTO scenario_version (scenario_id, version, title, rationale, saved_by, saved_at)
					VALUES (?, 1, ?, 'Walk', ?, CURRENT_TIMESTAMP)""")
				.params(id, code("Walk scenario "), TestAccounts.EXPERT)
				.update();
			jdbc.sql("INSERT INTO scenario_path (scenario_id, version, position, indicator_code, state_code, kind) VALUES (?, 1, 0, ?, 'KAZ', 'GROWTH_RATE')")
				.params(id, indicator)
				.update();
			jdbc.sql("INSERT INTO scenario_point (scenario_id, version, position, point_year, point_value) VALUES (?, 1, 0, 2030, 2)")
				.param(id)
				.update();
			return id;
		}

		/** A scenario as the API sends it; {@code version} null for a new one. */
		Map<String, Object> scenarioEdit(Integer version) {
			Map<String, Object> edit = new LinkedHashMap<>(Map.of("title", code("Walk scenario "), "rationale", "Walk",
					"paths", List.of(Map.of("indicator", scenarioSeries(), "state", "KAZ", "kind", "GROWTH_RATE",
							"points", "2030=3"))));
			edit.put("expectedVersion", version);
			return edit;
		}

		/** A scenario as the form sends it: one path row. */
		Map<String, String> scenarioForm(Integer version) {
			Map<String, String> form = new LinkedHashMap<>(Map.of("title", code("Walk scenario "), "rationale", "Walk",
					"indicator", scenarioSeries(), "state", "KAZ", "kind", "LEVEL", "points", "2030=60"));
			if (version != null) {
				form.put("expectedVersion", String.valueOf(version));
			}
			return form;
		}

		/** A published composite index over one digital indicator, at version 0. */
		long compositeIndex() {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO index_definition (name, area_code, normalisation, aggregation, max_missing, missing_out_of,
					  published, created_at, updated_at, version)
					VALUES (?, 'DIG', 'MIN_MAX', 'ARITHMETIC', 1, 3, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)""")
				.param(code("Walk index "))
				.update(keys, "id");
			long id = keys.getKey().longValue();
			jdbc.sql("INSERT INTO index_component (index_id, indicator_code, position) VALUES (?, 'IT.NET.USER.ZS', 1)")
				.param(id)
				.update();
			return id;
		}

		Map<String, String> compositeIndexForm(Integer version) {
			Map<String, String> form = new LinkedHashMap<>(Map.of("name", code("Walk index "), "areaCode", "DIG",
					"components", "IT.NET.USER.ZS", "normalisation", "MIN_MAX", "aggregation", "ARITHMETIC",
					"missingData", "1/3", "published", "true"));
			if (version != null) {
				form.put("expectedVersion", String.valueOf(version));
			}
			return form;
		}

		/** A subscription of Kazakhstan's coordinator to the alerts of transport in Kazakhstan. */
		long alertSubscription() {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("INSERT INTO alert_subscription (username, area_code, state_code, created_at) VALUES (?, 'TRN', 'KAZ', CURRENT_TIMESTAMP)")
				.param(TestAccounts.COORDINATOR_KAZ)
				.update(keys, "id");
			return keys.getKey().longValue();
		}

		/** An unread inbox message of Kazakhstan's coordinator. */
		long inboxMessage() {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("INSERT INTO inbox_message (recipient, subject, body, created_at) VALUES (?, 'Walk', 'Walk message', CURRENT_TIMESTAMP)")
				.param(TestAccounts.COORDINATOR_KAZ)
				.update(keys, "id");
			return keys.getKey().longValue();
		}

		/** A tidy file of one value of Kazakhstan's, from a source of its own so that every upload is new. */
		ApiClient.Upload kazakhFile() {
			return kazakhFile(code("Walk import "));
		}

		static ApiClient.Upload kazakhFile(String source) {
			return ApiClient.Upload.csv("walk.csv", "indicator,state,period,value,status,source,note\n"
					+ "IT.NET.USER.ZS,KAZ,2018,75.5,final," + source + ",walk\n");
		}

		/** A finished import started by Kazakhstan's coordinator. */
		long importJob() {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO import_job (file_name, file_format, status, total_rows, processed_rows, inserted_rows,
					  created_by, created_at, finished_at)
					VALUES ('walk.csv', 'tidy', 'DONE', 1, 1, 1, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
				.param(TestAccounts.COORDINATOR_KAZ)
				.update(keys, "id");
			return keys.getKey().longValue();
		}

		/**
		 * An import of Kazakhstan's coordinator that stopped at a publisher's series it does not know, its file kept
		 * for the job to continue once the series is mapped (to a fresh indicator, so no other data changes).
		 */
		long jobAwaitingMapping() {
			String series = code("Walk series ");
			Path file;
			try {
				Path folder = Files.createDirectories(Path.of("target", "walk-imports"));
				file = Files.writeString(Files.createTempFile(folder, "owid-", ".csv"),
						"Entity,Code,Year," + series + "\nKazakhstan,KAZ,2019,70.5\n");
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO import_job (file_name, file_format, status, created_by, created_at, default_source, work_file,
					  unmapped_publisher, unmapped_code)
					VALUES ('walk-owid.csv', 'owid', 'NEEDS_MAPPING', ?, CURRENT_TIMESTAMP, ?, ?, 'OWID', ?)""")
				.params(TestAccounts.COORDINATOR_KAZ, code("Walk source "), file.toAbsolutePath().toString(), series)
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

		// reviews, national reports: cycles of the years 2650-2699 written straight to the tables.

		private Long draftReportId;
		private long draftCycle;

		/** The API path of a draft of Kazakhstan's, shared by the calls that only read or add to it. */
		String draftReport() {
			if (draftReportId == null) {
				draftCycle = reportCycle();
				draftReportId = report(draftCycle, "DRAFT");
			}
			return "/api/v1/cycles/" + draftCycle + "/reports/KAZ";
		}

		String draftPage() {
			return draftReport().replace("/api/v1/cycles/", "/reviews/");
		}

		int sectionVersion(String area) {
			draftReport();
			return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM report_section WHERE report_id = ? AND area_code = ?")
				.params(draftReportId, area).query(Integer.class).single();
		}

		long kazakhCommitment() {
			long id = commitment();
			jdbc.sql("INSERT INTO commitment_state (commitment_id, state_code) VALUES (?, 'KAZ')").param(id).update();
			return id;
		}

		long attachment() {
			draftReport();
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO report_attachment (report_id, file_name, kind, size_bytes, content, uploaded_by, uploaded_at)
					VALUES (?, 'walk.pdf', 'PDF', 9, ?, 'test', CURRENT_TIMESTAMP)""")
				.params(draftReportId, "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))
				.update(keys, "id");
			return keys.getKey().longValue();
		}

		/** A fresh cycle with a complete report of Kazakhstan's in this status; returns the report's API path. */
		String kazakhReport(String status) {
			long cycle = reportCycle();
			long report = report(cycle, status);
			jdbc.sql("""
					INSERT INTO report_section (report_id, area_code, narrative, not_applicable, updated_by, updated_at, version)
					SELECT ?, code, '<p>Walk</p>', FALSE, 'test', CURRENT_TIMESTAMP, 1 FROM area""").param(report).update();
			jdbc.sql("""
					INSERT INTO report_commitment_status (report_id, commitment_id, progress, updated_by, updated_at)
					SELECT ?, commitment_id, 'IN_PROGRESS', 'test', CURRENT_TIMESTAMP FROM commitment_state WHERE state_code = 'KAZ'""")
				.param(report).update();
			return "/api/v1/cycles/" + cycle + "/reports/KAZ";
		}

		private long reportCycle() {
			int year = jdbc.sql("SELECT COALESCE(MAX(cycle_year), 2649) + 1 FROM review_cycle WHERE cycle_year BETWEEN 2650 AND 2699")
				.query(Integer.class).single();
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO review_cycle (cycle_year, status, meeting_date, observer_policy, created_at, version)
					VALUES (?, 'SELF_ASSESSMENT', DATE '2020-01-15', 'READ_ONLY', CURRENT_TIMESTAMP, 0)""")
				.param(year).update(keys, "id");
			long id = keys.getKey().longValue();
			jdbc.sql("INSERT INTO cycle_state (cycle_id, state_code) VALUES (?, 'KAZ')").param(id).update();
			return id;
		}

		/** A year for a new review cycle: the next free one of the walk's range (2430-2499 of the cycles part). */
		int cycleYear() {
			return jdbc.sql("SELECT COALESCE(MAX(cycle_year), 2429) + 1 FROM review_cycle WHERE cycle_year BETWEEN 2430 AND 2499")
				.query(Integer.class)
				.single();
		}

		/**
		 * A planned review cycle of Kazakhstan, meeting on 2026-11-20, that nobody has changed yet: a refused call
		 * leaves it so and the next call reuses it, which keeps the walk inside its range of years.
		 */
		long cycle() {
			return untouchedCycle("PLANNED", null);
		}

		/** A cycle postponed while planned, not changed since. */
		long postponedCycle() {
			return untouchedCycle("POSTPONED", "PLANNED");
		}

		private long untouchedCycle(String status, String resumeStatus) {
			return jdbc.sql("SELECT id FROM review_cycle WHERE cycle_year BETWEEN 2430 AND 2499 AND status = ? AND version = 0"
					+ " ORDER BY id")
				.param(status)
				.query(Long.class)
				.list()
				.stream()
				.findFirst()
				.orElseGet(() -> insertCycle(status, resumeStatus));
		}

		private long insertCycle(String status, String resumeStatus) {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO review_cycle (cycle_year, status, meeting_date, observer_policy, resume_status, side_reason,
					  created_at, version)
					VALUES (?, ?, DATE '2026-11-20', 'READ_ONLY', ?, ?, CURRENT_TIMESTAMP, 0)""")
				.params(cycleYear(), status, resumeStatus, resumeStatus == null ? null : "Walk")
				.update(keys, "id");
			long id = keys.getKey().longValue();
			Map.of("SELF_ASSESSMENT_DUE", "2026-09-11", "REPORTS_CIRCULATED", "2026-10-16", "QUESTIONS_DUE", "2026-11-06",
					"ANSWERS_DUE", "2026-11-20", "PUBLICATION_DUE", "2027-05-20")
				.forEach((kind, date) -> jdbc.sql("INSERT INTO cycle_deadline (cycle_id, kind, due_date) VALUES (?, ?, ?)")
					.params(id, kind, java.time.LocalDate.parse(date))
					.update());
			jdbc.sql("INSERT INTO cycle_state (cycle_id, state_code) VALUES (?, 'KAZ')").param(id).update();
			return id;
		}

		private long report(long cycle, String status) {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("INSERT INTO national_report (cycle_id, state_code, status, created_at, version) VALUES (?, 'KAZ', ?, CURRENT_TIMESTAMP, 0)")
				.params(cycle, status).update(keys, "id");
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

		/** The unpublished cycle of 2598 reviewing KAZ, examined by TUR and KGZ with the expert's Test Institute. */
		long assignedCycle() {
			long id = walkCycle(2598);
			if (jdbc.sql("SELECT COUNT(*) FROM cycle_assignment WHERE cycle_id = ?").param(id).query(Long.class).single() == 0) {
				jdbc.sql("INSERT INTO review_assignment (cycle_id, reviewed_state, examiner_state) VALUES (?, 'KAZ', 'TUR'), (?, 'KAZ', 'KGZ')")
					.params(id, id).update();
				jdbc.sql("INSERT INTO review_assignment (cycle_id, reviewed_state, institution_id) SELECT ?, 'KAZ', id FROM institution WHERE name = 'Test Institute'")
					.param(id).update();
				jdbc.sql("INSERT INTO cycle_assignment (cycle_id, accepted_by, accepted_at, version) VALUES (?, 'walk', CURRENT_TIMESTAMP, 0)")
					.param(id).update();
			}
			return id;
		}

		/** The examiner state of the walk's conflict with XNC, after removing that conflict so it may be declared anew. */
		String noWalkConflict() {
			jdbc.sql("DELETE FROM assignment_conflict WHERE reviewed_state = 'XNC' AND examiner_state = 'TKM'").update();
			return "TKM";
		}

		/** A conflict of TKM with XNC (a pair no other test reviews), for a call to withdraw. */
		long walkConflict() {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO assignment_conflict (reviewed_state, examiner_state, reason, declared_by, declared_at)
					VALUES ('XNC', 'TKM', 'Walk', 'walk', CURRENT_TIMESTAMP)""").update(keys, "id");
			return keys.getKey().longValue();
		}

		/** The cycle of 2599 reviewing KAZ, whose assignment the walk proposes, accepts and changes. */
		long cycleToAssign() {
			return walkCycle(2599);
		}

		/** The version of the cycle's accepted assignment, accepting one first if there is none. */
		int assignmentVersion(long cycle) {
			if (jdbc.sql("SELECT COUNT(*) FROM cycle_assignment WHERE cycle_id = ?").param(cycle).query(Long.class).single() == 0) {
				jdbc.sql("INSERT INTO review_assignment (cycle_id, reviewed_state, examiner_state) VALUES (?, 'KAZ', 'AZE'), (?, 'KAZ', 'UZB')")
					.params(cycle, cycle).update();
				jdbc.sql("INSERT INTO cycle_assignment (cycle_id, accepted_by, accepted_at, version) VALUES (?, 'walk', CURRENT_TIMESTAMP, 0)")
					.param(cycle).update();
			}
			return jdbc.sql("SELECT version FROM cycle_assignment WHERE cycle_id = ?").param(cycle).query(Integer.class).single();
		}

		private long walkCycle(int year) {
			return jdbc.sql("SELECT id FROM review_cycle WHERE cycle_year = ?").param(year).query(Long.class).optional().orElseGet(() -> {
				GeneratedKeyHolder keys = new GeneratedKeyHolder();
				jdbc.sql("INSERT INTO review_cycle (cycle_year, status, meeting_date, observer_policy, created_at, version) VALUES (?, 'PLANNED', DATE '2026-11-20', 'READ_ONLY', CURRENT_TIMESTAMP, 0)")
					.param(year).update(keys, "id");
				long id = keys.getKey().longValue();
				jdbc.sql("INSERT INTO cycle_state (cycle_id, state_code) VALUES (?, 'KAZ')").param(id).update();
				return id;
			});
		}

		/** A draft of the Test Institute citing a scenario at version 1: the path, with the product and scenario ids. */
		String citation(String path) {
			long product = product("DRAFT");
			long scenario = scenario();
			jdbc.sql("INSERT INTO product_scenario (product_id, scenario_id, scenario_version, cited_by, cited_at) VALUES (?, ?, 1, 'test', CURRENT_TIMESTAMP)")
				.params(product, scenario)
				.update();
			return path.formatted(product, scenario);
		}

		long testInstitute() {
			return jdbc.sql("SELECT id FROM institution WHERE name = 'Test Institute'").query(Long.class).single();
		}

		/** A product of the Test Institute by the test expert, in this status at version 0; a published one has a file. */
		long product(String status) {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO analytical_product (kind, title, summary, institution_id, status, created_at, created_by,
					  updated_at, updated_by, published_at, published_by, version)
					VALUES ('BRIEF', ?, 'Walk summary', ?, ?, CURRENT_TIMESTAMP, 'walk', CURRENT_TIMESTAMP, 'walk', ?, ?, 0)""")
				.params(code("Walk product "), testInstitute(), status,
						status.equals("PUBLISHED") ? java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC) : null,
						status.equals("PUBLISHED") ? "walk" : null)
				.update(keys, "id");
			long id = keys.getKey().longValue();
			jdbc.sql("INSERT INTO product_author (product_id, username, position) VALUES (?, ?, 0)").params(id, TestAccounts.EXPERT).update();
			jdbc.sql("INSERT INTO product_area (product_id, area_code) VALUES (?, 'TRN')").param(id).update();
			if (status.equals("PUBLISHED")) {
				jdbc.sql("""
						INSERT INTO product_file (product_id, file_name, media_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
						VALUES (?, 'walk.pdf', 'application/pdf', 9, 'walk', ?, 'walk', CURRENT_TIMESTAMP)""")
					.params(id, "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))
					.update();
			}
			return id;
		}

		Map<String, Object> productEdit(Integer version) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("kind", "STUDY");
			body.put("title", code("Walk study "));
			body.put("summary", "A study of the authorisation walk.");
			body.put("institutionId", testInstitute());
			body.put("authors", List.of(TestAccounts.EXPERT));
			body.put("areaCodes", List.of("TRN"));
			body.put("indicatorCodes", List.of("OTS.TITR.CARGO"));
			body.put("stateCodes", List.of("KAZ"));
			body.put("expectedVersion", version);
			return body;
		}

		static ApiClient.Upload productPdf() {
			return new ApiClient.Upload("walk.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
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
