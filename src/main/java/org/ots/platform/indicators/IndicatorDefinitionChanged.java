package org.ots.platform.indicators;

/**
 * What an indicator's series are measured against changed: its direction or natural limits, or one of its
 * targets. Monitoring reassesses the indicator's series, as it does for {@link ObservationsChanged}.
 */
public record IndicatorDefinitionChanged(String indicator) {
}
