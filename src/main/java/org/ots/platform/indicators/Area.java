package org.ots.platform.indicators;

import org.ots.platform.shared.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A thematic area of the review (transport, trade, climate, digital, food security, ...). */
@Table("area")
public record Area(@Id String code, String nameEn, String nameRu, String nameTr, int sortOrder,
		@Version Integer version) {

	public LocalizedText name() {
		return new LocalizedText(nameEn, nameRu, nameTr);
	}
}
