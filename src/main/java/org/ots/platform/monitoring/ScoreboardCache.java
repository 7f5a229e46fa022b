package org.ots.platform.monitoring;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.ots.platform.indicators.IndicatorDefinitionChanged;
import org.ots.platform.indicators.ObservationsChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The scoreboards as last read and drawn, because the board of an area is the platform's most read page and changes
 * only when data or statuses do: reading and drawing a 60-indicator board costs tens of milliseconds, serving it from
 * here well under one (bench/RESULTS.md). The board itself per area and year (the JSON and every sort order share
 * it); the drawn table per area, year, order and language, which holds no user-specific content; the whole page as
 * sent to visitors who are not signed in ({@link ScoreboardPageFilter}); and the JSON as the API writes it.
 * <p>
 * Everything is dropped after a data change, a new status or an indicator's definition change has committed on this
 * instance. Other instances learn of changes only through {@code ots.monitoring.scoreboard.cache-ttl}, the longest a
 * board may lag behind a change made elsewhere; zero turns the cache off.
 */
@Component
class ScoreboardCache {

	private final ITemplateEngine templates;
	private final Cache<BoardKey, Scoreboard> boards;
	private final Cache<TableKey, String> tables;
	private final Cache<String, CachedPage> pages;
	private final Cache<JsonKey, byte[]> json;

	ScoreboardCache(ITemplateEngine templates,
			@Value("${ots.monitoring.scoreboard.cache-ttl:30s}") Duration timeToLive) {
		this.templates = templates;
		this.boards = Caffeine.newBuilder().maximumSize(200).expireAfterWrite(timeToLive).build();
		// A drawn 60-indicator table is about 200 KB: at most about 20 MB of them.
		this.tables = Caffeine.newBuilder().maximumSize(100).expireAfterWrite(timeToLive).build();
		this.pages = Caffeine.newBuilder().maximumSize(100).expireAfterWrite(timeToLive).build();
		this.json = Caffeine.newBuilder().maximumSize(100).expireAfterWrite(timeToLive).build();
	}

	/** The board written out as the JSON of the API, the same for every caller and language. */
	byte[] json(Scoreboard board, Supplier<byte[]> write) {
		return json.get(new JsonKey(board.area().code(), board.year(), board.sort()), k -> write.get());
	}

	/** A whole page as a visitor (not signed in) was sent it, by its address and language. */
	record CachedPage(byte[] body, String contentType, String contentLanguage) {
	}

	CachedPage page(String key) {
		return pages.getIfPresent(key);
	}

	void keepPage(String key, CachedPage page) {
		pages.put(key, page);
	}

	/** The board in the states' order; {@code load} reads it when not held (and its failure is not remembered). */
	Scoreboard board(String area, Integer year, Supplier<Scoreboard> load) {
		return boards.get(new BoardKey(area == null ? "" : area.trim().toUpperCase(Locale.ROOT), year), k -> load.get());
	}

	/** The board's table drawn by the template {@code monitoring/scoreboard-table} in this language. */
	String table(Scoreboard board, Locale locale, String contextPath) {
		return tables.get(new TableKey(board.area().code(), board.year(), board.sort(), locale, contextPath),
				k -> templates.process("monitoring/scoreboard-table", Set.of("table"),
						new Context(locale, Map.of("board", board, "base", contextPath))));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ObservationsChanged event) {
		clear();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ProgressAssessed event) {
		clear();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(IndicatorDefinitionChanged event) {
		clear();
	}

	void clear() {
		boards.invalidateAll();
		tables.invalidateAll();
		pages.invalidateAll();
		json.invalidateAll();
	}

	private record BoardKey(String area, Integer year) {
	}

	private record TableKey(String area, Integer year, String sort, Locale locale, String contextPath) {
	}

	private record JsonKey(String area, Integer year, String sort) {
	}
}
