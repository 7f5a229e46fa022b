package org.ots.platform.indicators.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.ots.platform.indicators.Indicator;

/**
 * Our World in Data's grapher download: {@code Entity,Code,Year} and one column per series, titled in words
 * ("Annual CO₂ emissions (per capita)"). A title is mapped to our indicator once (publisher OWID). The file
 * covers the world: rows of other countries, of OWID_WRL and of regions without a code are skipped and counted.
 */
final class OwidLayout implements Layout {

	@Override
	public void read(CsvReader csv, ReadContext context) throws IOException {
		List<String> header = new ArrayList<>(Layout.nextNonEmpty(csv));
		if (header.size() < 4) {
			context.missingColumn("value", "a fourth column after Entity, Code, Year with the values");
			return;
		}
		RowChecker checker = context.checker();
		List<Integer> valueColumns = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		List<Columns> columns = new ArrayList<>();
		for (int i = 3; i < header.size(); i++) {
			String title = header.get(i).trim();
			if (title.isEmpty()) {
				continue;
			}
			Indicator ours = checker.resolve(title);
			if (ours == null) {
				throw new Layout.UnmappedCode(title);
			}
			valueColumns.add(i);
			codes.add(ours.code());
			columns.add(new Columns(title, header.get(1), header.get(2), title, "", "", ""));
		}
		List<String> record;
		while ((record = Layout.nextNonEmpty(csv)) != null) {
			int line = csv.recordLine();
			String code = Layout.field(record, 1);
			if (!checker.isPlatformState(code)) {
				context.skip(code == null || code.isBlank() ? Layout.field(record, 0) : code);
				continue;
			}
			for (int c = 0; c < valueColumns.size(); c++) {
				String cell = Layout.field(record, valueColumns.get(c));
				if (cell == null || cell.isBlank()) {
					continue;
				}
				String source = checker.hasDefaultSource() ? null
						: "Our World in Data, grapher: " + columns.get(c).value();
				checker.check(line, columns.get(c), codes.get(c), code, Layout.field(record, 2), cell, null, source, null);
			}
			context.progress(line);
		}
	}
}
