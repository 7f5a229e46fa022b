package org.ots.platform.indicators;

import org.ots.platform.shared.LocalizedText;

/**
 * The editable content of an area as the Secretariat's forms and the API carry it. {@code version} is the
 * version the editor read (null when creating); a change based on an older version is refused.
 */
public record AreaData(String code, LocalizedText name, Integer sortOrder, Integer version) {

	public static AreaData of(Area area) {
		return new AreaData(area.code(), area.name(), area.sortOrder(), area.version());
	}
}
