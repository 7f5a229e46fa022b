package org.ots.platform.foresight;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.ots.platform.indicators.Direction;
import org.ots.platform.indicators.Indicator;
import org.ots.platform.indicators.Observation;
import org.ots.platform.indicators.Target;

/**
 * Turns one series' reference values into its stored projection: the annual values (gaps inside the series filled
 * linearly, since the models need consecutive years), the natural limits of the indicator as the series' traits,
 * the target the series is measured against and the probability of meeting it. Pure: the same input gives the same
 * projection, and the fingerprint says what that input was.
 */
final class SeriesProjecting {

	private final Projector projector = new Projector();
	private final ForesightSettings settings;

	SeriesProjecting(ForesightSettings settings) {
		this.settings = settings;
	}

	SeriesProjection project(Indicator indicator, String state, List<Observation> observations, List<Target> targets,
			Instant now) {
		TreeMap<Integer, Double> annual = new TreeMap<>();
		boolean illustrative = false;
		for (Observation o : observations) {
			if (o.period().isAnnual() && Double.isFinite(o.value())) {
				annual.put(o.period().year(), o.value());
				illustrative |= o.illustrative();
			}
		}
		SeriesTraits traits = traitsOf(indicator);
		double[] values = consecutive(annual);
		Integer first = annual.isEmpty() ? null : annual.firstKey();
		Integer last = annual.isEmpty() ? null : annual.lastKey();
		Optional<SeriesProjection.SeriesTarget> target = last == null ? Optional.empty()
				: targetOf(indicator, state, targets, last);
		int end = Math.max(settings.horizonYear(), target.map(SeriesProjection.SeriesTarget::year).orElse(0));
		int horizon = last == null ? 1 : Math.min(Projector.MAX_HORIZON, Math.max(1, end - last));
		Projection projection = projector.project(values, first == null ? 0 : first, traits, horizon, settings.method());
		Double probability = null;
		if (projection.isAvailable() && target.isPresent() && target.get().year() - last <= horizon) {
			SeriesProjection.SeriesTarget t = target.get();
			probability = projection.probabilityOfReaching(t.value(), t.year(), Direction.valueOf(t.direction()));
		}
		return new SeriesProjection(indicator.code(), state, settings.method(), describe(projection.fits()),
				annual.size(), first, last, values.length - annual.size(), illustrative, indicator.lowerLimit(),
				indicator.upperLimit(), projection.reasonForNone().orElse(null), target.orElse(null), probability,
				projection.years(), fingerprint(annual, traits, target.orElse(null), horizon),
				settings.fingerprint(), now);
	}

	/** The indicator's natural limits: 0 for a count or an amount, 0 and 100 for a share in percent. */
	static SeriesTraits traitsOf(Indicator indicator) {
		double lower = indicator.lowerLimit() == null ? Double.NEGATIVE_INFINITY : indicator.lowerLimit();
		double upper = indicator.upperLimit() == null ? Double.POSITIVE_INFINITY : indicator.upperLimit();
		return lower < upper ? new SeriesTraits(lower, upper) : SeriesTraits.unbounded();
	}

	/**
	 * The target a series is measured against: the state's own targets before those for all states, and of them
	 * the first due after the last observed year (a target already due is judged by the data, not a projection).
	 * None for an indicator without a desired direction.
	 */
	static Optional<SeriesProjection.SeriesTarget> targetOf(Indicator indicator, String state, List<Target> targets,
			int lastYear) {
		if (indicator.direction() == null || indicator.direction() == Direction.NONE) {
			return Optional.empty();
		}
		List<Target> own = targets.stream().filter(t -> state.equals(t.stateCode())).toList();
		List<Target> candidates = own.isEmpty() ? targets.stream().filter(t -> t.stateCode() == null).toList() : own;
		return candidates.stream()
			.filter(t -> t.targetYear() > lastYear)
			.min(Comparator.comparingInt(Target::targetYear))
			.map(t -> new SeriesProjection.SeriesTarget(t.targetValue(), t.targetYear(), indicator.direction().name(),
					t.origin(), !own.isEmpty()));
	}

	/** The values from the first to the last year, a missing year filled on the line between its neighbours. */
	static double[] consecutive(TreeMap<Integer, Double> annual) {
		if (annual.isEmpty()) {
			return new double[0];
		}
		double[] values = new double[annual.lastKey() - annual.firstKey() + 1];
		Map.Entry<Integer, Double> previous = null;
		for (Map.Entry<Integer, Double> e : annual.entrySet()) {
			if (previous != null) {
				int gap = e.getKey() - previous.getKey();
				for (int k = 1; k < gap; k++) {
					values[previous.getKey() + k - annual.firstKey()] = previous.getValue()
							+ (e.getValue() - previous.getValue()) * k / gap;
				}
			}
			values[e.getKey() - annual.firstKey()] = e.getValue();
			previous = e;
		}
		return values;
	}

	/** Each fitted model in one line, its parameters in alphabetical order so that the text is reproducible. */
	static List<String> describe(List<ModelFit> fits) {
		List<String> lines = new ArrayList<>();
		for (ModelFit fit : fits) {
			StringBuilder line = new StringBuilder(fit.model().name());
			new TreeMap<>(fit.parameters()).forEach((name, value) -> line.append(' ').append(name).append('=')
				.append(number(value)));
			line.append(" AICc=").append(number(fit.aicc())).append(" sigma=").append(number(fit.sigma()))
				.append(" n=").append(fit.n());
			lines.add(line.toString());
		}
		return lines;
	}

	private static String number(double value) {
		return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4g", value) : "n/a";
	}

	private String fingerprint(TreeMap<Integer, Double> annual, SeriesTraits traits,
			SeriesProjection.SeriesTarget target, int horizon) {
		StringBuilder input = new StringBuilder(settings.fingerprint()).append(";limits=").append(traits)
			.append(";horizon=").append(horizon).append(";target=").append(target).append(";values=");
		annual.forEach((year, value) -> input.append(year).append('=').append(value).append(','));
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
