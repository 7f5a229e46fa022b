package org.ots.platform.indicators;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A value an indicator should reach by a year, for one state or, when {@code stateCode} is null, for every
 * state. {@code origin} names where it was agreed; {@code commitmentId} links it to the commitment.
 */
@Table("target")
public record Target(@Id Long id, String indicatorCode, String stateCode, double targetValue, int targetYear,
		String origin, Long commitmentId, @Version Integer version) {
}
