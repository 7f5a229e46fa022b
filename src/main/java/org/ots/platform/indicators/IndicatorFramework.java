package org.ots.platform.indicators;

import java.util.Map;
import java.util.function.Supplier;

import org.ots.platform.identity.AuditTrail;
import org.ots.platform.identity.CurrentUser;
import org.ots.platform.shared.LocalizedText;
import org.ots.platform.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat maintains the indicator framework: areas, indicators and their targets. Every change is
 * checked, audited with the value before and after, and refused when it was made on an outdated version.
 * Areas and indicators that data still refers to cannot be removed, so no observation loses its meaning.
 */
@Service
public class IndicatorFramework {

	private final Areas areas;
	private final Indicators indicators;
	private final Targets targets;
	private final FrameworkRules rules;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	IndicatorFramework(Areas areas, Indicators indicators, Targets targets, FrameworkRules rules, AuditTrail audit,
			JdbcClient jdbc, ApplicationEventPublisher events) {
		this.areas = areas;
		this.indicators = indicators;
		this.targets = targets;
		this.rules = rules;
		this.audit = audit;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	public Area createArea(AreaData data) {
		requireSecretariat();
		rules.checkArea(data, true);
		int position = data.sortOrder() != null ? data.sortOrder()
				: jdbc.sql("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM area").query(Integer.class).single();
		LocalizedText name = data.name();
		Area saved = areas.save(new Area(data.code().trim(), trim(name.en()), trim(name.ru()), trim(name.tr()), position, null));
		audit.record("CREATE", "Area", saved.code(), null, null, AreaData.of(saved));
		return saved;
	}

	@Transactional
	public Area updateArea(String code, AreaData data) {
		requireSecretariat();
		Area before = area(code);
		checkVersion("Area", code, before.version(), data.version());
		rules.checkArea(data, false);
		LocalizedText name = data.name();
		Area saved = saving("Area", code, before.version(), () -> areas.save(new Area(before.code(), trim(name.en()),
				trim(name.ru()), trim(name.tr()), data.sortOrder() == null ? before.sortOrder() : data.sortOrder(),
				before.version())));
		audit.record("UPDATE", "Area", code, null, AreaData.of(before), AreaData.of(saved));
		return saved;
	}

	/** Removes an area that no indicator belongs to. */
	@Transactional
	public void deleteArea(String code, int expectedVersion) {
		requireSecretariat();
		Area before = area(code);
		checkVersion("Area", code, before.version(), expectedVersion);
		int used = indicators.findByAreaCodeOrderByCode(before.code()).size();
		if (used > 0) {
			throw FrameworkConflictException.inUse("Area '" + code + "' cannot be deleted: " + used
					+ " indicator(s) belong to it. Move them to another area or delete them first.");
		}
		removing("Area '" + code + "'", () -> areas.delete(before));
		audit.record("DELETE", "Area", code, null, AreaData.of(before), null);
	}

	@Transactional
	public Indicator createIndicator(IndicatorData data) {
		requireSecretariat();
		rules.checkIndicator(data, true);
		Indicator saved = indicators.save(indicator(data.code().trim(), data, null));
		audit.record("CREATE", "Indicator", saved.code(), null, null, IndicatorData.of(saved));
		return saved;
	}

	/** Changes everything but the code, which files, targets and observations use to refer to the indicator. */
	@Transactional
	public Indicator updateIndicator(String code, IndicatorData data) {
		requireSecretariat();
		Indicator before = indicatorOf(code);
		checkVersion("Indicator", code, before.version(), data.version());
		IndicatorData withCode = new IndicatorData(before.code(), data.areaCode(), data.name(), data.definition(),
				data.unit(), data.decimals(), data.periodicity(), data.direction(), data.lowerLimit(), data.upperLimit(),
				data.source(), data.sourceUrl(), data.methodology(), data.formula(), data.version());
		rules.checkIndicator(withCode, false);
		Indicator saved = saving("Indicator", code, before.version(),
				() -> indicators.save(indicator(before.code(), withCode, before.version())));
		audit.record("UPDATE", "Indicator", code, null, IndicatorData.of(before), IndicatorData.of(saved));
		events.publishEvent(new IndicatorDefinitionChanged(saved.code()));
		return saved;
	}

	/** Removes an indicator that holds no data, targets or publisher mappings. */
	@Transactional
	public void deleteIndicator(String code, int expectedVersion) {
		requireSecretariat();
		Indicator before = indicatorOf(code);
		checkVersion("Indicator", code, before.version(), expectedVersion);
		long values = count("SELECT COUNT(*) FROM observation WHERE indicator_code = ?", before.code());
		long goals = count("SELECT COUNT(*) FROM target WHERE indicator_code = ?", before.code());
		long mappings = count("SELECT COUNT(*) FROM indicator_mapping WHERE indicator_code = ?", before.code());
		if (values + goals + mappings > 0) {
			throw FrameworkConflictException.inUse("Indicator '" + code + "' cannot be deleted: " + values
					+ " observation(s), " + goals + " target(s) and " + mappings
					+ " publisher mapping(s) refer to it. Remove them first.");
		}
		removing("Indicator '" + code + "'", () -> indicators.delete(before));
		audit.record("DELETE", "Indicator", code, null, IndicatorData.of(before), null);
	}

	@Transactional
	public Target addTarget(String indicatorCode, TargetData data) {
		requireSecretariat();
		Indicator indicator = indicatorOf(indicatorCode);
		rules.checkTarget(indicator, data);
		Target saved = targets.save(new Target(null, indicator.code(), state(data.stateCode()), data.value(), data.year(),
				trim(data.origin()), null, null));
		audit.record("CREATE", "Target", saved.id(), saved.stateCode(), null, TargetData.of(saved));
		events.publishEvent(new IndicatorDefinitionChanged(saved.indicatorCode()));
		return saved;
	}

	@Transactional
	public Target updateTarget(long id, TargetData data) {
		requireSecretariat();
		Target before = target(id);
		checkVersion("Target", id, before.version(), data.version());
		rules.checkTarget(indicatorOf(before.indicatorCode()), data);
		Target saved = saving("Target", id, before.version(), () -> targets.save(new Target(id, before.indicatorCode(),
				state(data.stateCode()), data.value(), data.year(), trim(data.origin()), before.commitmentId(),
				before.version())));
		audit.record("UPDATE", "Target", id, saved.stateCode(), TargetData.of(before), TargetData.of(saved));
		events.publishEvent(new IndicatorDefinitionChanged(saved.indicatorCode()));
		return saved;
	}

	@Transactional
	public void deleteTarget(long id, int expectedVersion) {
		requireSecretariat();
		Target before = target(id);
		checkVersion("Target", id, before.version(), expectedVersion);
		removing("Target " + id, () -> targets.delete(before));
		audit.record("DELETE", "Target", id, before.stateCode(), TargetData.of(before), null);
		events.publishEvent(new IndicatorDefinitionChanged(before.indicatorCode()));
	}

	public Target findTarget(long id) {
		return target(id);
	}

	public Area findArea(String code) {
		return area(code);
	}

	private static void requireSecretariat() {
		if (!CurrentUser.get().isSecretariat()) {
			throw new AccessDeniedException("Only the Secretariat may change the indicator framework.");
		}
	}

	private static void checkVersion(String what, Object key, Integer current, Integer attempted) {
		if (attempted == null) {
			throw new InvalidFrameworkChangeException(Map.of("version",
					"send the version of the " + what.toLowerCase() + " you edited (it is now " + current + ")"));
		}
		if (!attempted.equals(current)) {
			throw FrameworkConflictException.stale(what, key, current, attempted);
		}
	}

	/** Someone may save between our version check and our write; the database's version check catches that. */
	private static <T> T saving(String what, Object key, int version, Supplier<T> write) {
		try {
			return write.get();
		}
		catch (RuntimeException e) {
			if (causedBy(e, OptimisticLockingFailureException.class)) {
				throw FrameworkConflictException.stale(what, key, version + 1, version);
			}
			throw e;
		}
	}

	private static void removing(String what, Runnable delete) {
		try {
			delete.run();
		}
		catch (RuntimeException e) {
			if (causedBy(e, DataIntegrityViolationException.class)) {
				throw FrameworkConflictException.inUse(what + " cannot be deleted: other records (such as commitments) still refer to it.");
			}
			if (causedBy(e, OptimisticLockingFailureException.class)) {
				throw FrameworkConflictException.inUse(what + " was changed by someone else meanwhile. Nothing was deleted: reload it.");
			}
			throw e;
		}
	}

	private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	private long count(String sql, String code) {
		return jdbc.sql(sql).param(code).query(Long.class).single();
	}

	private Area area(String code) {
		return areas.findById(code).orElseThrow(() -> new NotFoundException("Area", code));
	}

	private Indicator indicatorOf(String code) {
		return indicators.findById(code).orElseThrow(() -> new NotFoundException("Indicator", code));
	}

	private Target target(long id) {
		return targets.findById(id).orElseThrow(() -> new NotFoundException("Target", id));
	}

	private static Indicator indicator(String code, IndicatorData d, Integer version) {
		LocalizedText def = d.definition();
		String periodicity = FrameworkRules.blank(d.periodicity()) ? "ANNUAL" : d.periodicity().trim().toUpperCase();
		return new Indicator(code, d.areaCode().trim(), trim(d.name().en()), trim(d.name().ru()), trim(d.name().tr()),
				trim(def.en()), trim(def.ru()), trim(def.tr()), trim(d.unit()), d.decimals(), periodicity,
				FrameworkRules.direction(d.direction()), d.lowerLimit(), d.upperLimit(), trim(d.source()),
				trim(d.sourceUrl()), trim(d.methodology()), trim(d.formula()), version);
	}

	private static String state(String code) {
		return FrameworkRules.blank(code) ? null : code.trim().toUpperCase();
	}

	private static String trim(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
