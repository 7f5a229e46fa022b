package org.ots.platform.indicators.imports;

import java.io.IOException;
import java.util.List;

/**
 * The platform's own long layout, one value per row: indicator, state, period, value, status, source, note.
 * Aliases let the World Bank style files of the shared data (indicator_code, country_iso3, year) and SDMX-ish
 * headers (ref_area, time_period, obs_value, obs_status) import without editing.
 */
final class TidyLayout implements Layout {

	@Override
	public void read(CsvReader csv, ReadContext context) throws IOException {
		List<String> first = Layout.nextNonEmpty(csv);
		HeaderIndex header = new HeaderIndex(first);
		int indicator = header.find("indicator", "indicator_code");
		int state = header.find("state", "country", "country_iso3", "ref_area");
		int period = header.find("period", "year", "time_period");
		int value = header.find("value", "obs_value");
		int status = header.find("status", "obs_status");
		int source = header.find("source");
		int note = header.find("note");
		if (indicator < 0) {
			context.missingColumn("indicator", "indicator, indicator_code");
		}
		if (state < 0) {
			context.missingColumn("state", "state, country, country_iso3, ref_area");
		}
		if (period < 0) {
			context.missingColumn("period", "period, year, time_period");
		}
		if (value < 0) {
			context.missingColumn("value", "value, obs_value");
		}
		if (source < 0 && !context.checker().hasDefaultSource()) {
			context.errors().add(1, "source", "the file has no source column: give a default source on the upload form");
		}
		if (context.errors().any()) {
			return;
		}
		Columns columns = new Columns(header.name(indicator, "indicator"), header.name(state, "state"),
				header.name(period, "period"), header.name(value, "value"), header.name(status, "status"),
				header.name(source, "source"), header.name(note, "note"));
		List<String> record;
		while ((record = Layout.nextNonEmpty(csv)) != null) {
			int line = csv.recordLine();
			if (record.size() < header.size()) {
				context.errors().add(line, "", "the row has " + record.size() + " values where the header has "
						+ header.size() + " columns");
				continue;
			}
			context.checker().check(line, columns, record.get(indicator), record.get(state), record.get(period),
					record.get(value), Layout.field(record, status), Layout.field(record, source),
					Layout.field(record, note));
			context.progress(line);
		}
	}
}
