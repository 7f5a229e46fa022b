package org.ots.platform.indicators.imports;

import java.io.IOException;
import java.util.List;

/**
 * SDMX-CSV as official statistics tools write it: version 1.0 starts with a DATAFLOW column, version 2.0 with
 * STRUCTURE and STRUCTURE_ID (and an optional ACTION); then one column per dimension (REF_AREA, INDICATOR or
 * SERIES, TIME_PERIOD, ...), OBS_VALUE and attributes (OBS_STATUS, ...). Cells may carry "CODE: label".
 */
final class SdmxCsvLayout implements Layout {

	@Override
	public void read(CsvReader csv, ReadContext context) throws IOException {
		HeaderIndex header = new HeaderIndex(Layout.nextNonEmpty(csv));
		int flow = header.find("dataflow", "structure_id");
		int action = header.find("action");
		int indicator = header.find("indicator", "series", "measure");
		int state = header.find("ref_area");
		int period = header.find("time_period");
		int value = header.find("obs_value");
		int status = header.find("obs_status");
		int source = header.find("source", "obs_source");
		int note = header.find("obs_comment", "comment", "note");
		if (indicator < 0) {
			context.missingColumn("INDICATOR", "INDICATOR, SERIES, MEASURE");
		}
		if (state < 0) {
			context.missingColumn("REF_AREA", "REF_AREA");
		}
		if (period < 0) {
			context.missingColumn("TIME_PERIOD", "TIME_PERIOD");
		}
		if (value < 0) {
			context.missingColumn("OBS_VALUE", "OBS_VALUE");
		}
		if (context.errors().any()) {
			return;
		}
		Columns columns = new Columns(header.name(indicator, "INDICATOR"), header.name(state, "REF_AREA"),
				header.name(period, "TIME_PERIOD"), header.name(value, "OBS_VALUE"), header.name(status, "OBS_STATUS"),
				header.name(source, "SOURCE"), header.name(note, "OBS_COMMENT"));
		List<String> record;
		while ((record = Layout.nextNonEmpty(csv)) != null) {
			int line = csv.recordLine();
			String act = code(Layout.field(record, action));
			if (act != null && act.equalsIgnoreCase("D")) {
				context.errors().add(line, header.name(action, "ACTION"),
						"deletions (ACTION D) are not imported: remove the row or delete the value in the platform");
				continue;
			}
			String sourceText = Layout.field(record, source);
			if ((sourceText == null || sourceText.isBlank()) && !context.checker().hasDefaultSource()) {
				sourceText = code(Layout.field(record, flow));
			}
			context.checker().check(line, columns, code(Layout.field(record, indicator)), code(Layout.field(record, state)),
					code(Layout.field(record, period)), Layout.field(record, value), code(Layout.field(record, status)),
					sourceText, Layout.field(record, note));
			context.progress(line);
		}
	}

	/** The code of a cell written as "CODE: label" (SDMX-CSV with labels=both). */
	private static String code(String cell) {
		if (cell == null) {
			return null;
		}
		int colon = cell.indexOf(": ");
		return colon > 0 ? cell.substring(0, colon).trim() : cell;
	}
}
