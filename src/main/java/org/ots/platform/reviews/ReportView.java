package org.ots.platform.reviews;

import java.util.List;

import org.ots.platform.commitments.Commitment;
import org.ots.platform.indicators.Area;

/** A national report as its reader sees it, with what the reader may do with it. */
record ReportView(ReviewCycle cycle, NationalReport report, List<SectionView> sections,
		List<NationalReports.AttachmentInfo> attachments, List<String> missing, boolean editable, boolean maySubmit,
		boolean mayReturn) {

	record SectionView(Area area, ReportSection section, List<IndicatorRow> indicators,
			List<CommitmentLine> commitments, List<EarlierRecommendations.FollowUp> followUps) {
	}

	record CommitmentLine(Commitment commitment, CommitmentStatus status) {
	}
}
