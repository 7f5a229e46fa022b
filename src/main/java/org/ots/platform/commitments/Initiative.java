package org.ots.platform.commitments;

import java.time.LocalDate;
import java.util.List;

import org.ots.platform.shared.LocalizedText;

/**
 * A document adopted by the OTS (at a summit, or signed by its members) whose implementation the review follows,
 * with the commitments it contains in the order the document states them. {@code code} is the stable short name
 * used in addresses and by other modules (for example {@code KARABAKH-2024}).
 */
public record Initiative(Long id, String code, InitiativeKind kind, LocalizedText title, LocalDate adoptedOn,
		String place, String referenceUrl, LocalizedText summary, int version, List<Commitment> commitments) {

	Initiative withCommitments(List<Commitment> list) {
		return new Initiative(id, code, kind, title, adoptedOn, place, referenceUrl, summary, version, list);
	}
}
