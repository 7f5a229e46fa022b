package org.ots.platform.indicators.imports;

import java.io.IOException;
import java.util.List;

import org.ots.platform.indicators.Indicator;

/**
 * The World Bank API download (API_&lt;code&gt;_DS2_...csv): a byte order mark, a preamble naming the database and
 * its "Last Updated Date", then one wide row per country or aggregate with a column per year, empty where there
 * is no value. Regions and income groups (AFE, WLD, HIC, ...) and other countries are skipped and counted.
 */
final class WorldBankLayout implements Layout {

	@Override
	public void read(CsvReader csv, ReadContext context) throws IOException {
		String database = "World Development Indicators";
		String updated = null;
		List<String> record;
		while ((record = Layout.nextNonEmpty(csv)) != null && !Layout.normalise(record.get(0)).equals("country name")) {
			String key = Layout.normalise(record.get(0));
			if (key.equals("data source") && record.size() > 1 && !record.get(1).isBlank()) {
				database = record.get(1).trim();
			}
			else if (key.equals("last updated date") && record.size() > 1) {
				updated = record.get(1).trim();
			}
		}
		if (record == null) {
			context.missingColumn("Country Name", "Country Name, Country Code, Indicator Name, Indicator Code, years");
			return;
		}
		HeaderIndex header = new HeaderIndex(record);
		List<String> titles = List.copyOf(record);
		int country = header.find("country code");
		int indicator = header.find("indicator code");
		if (country < 0 || indicator < 0) {
			context.missingColumn(country < 0 ? "Country Code" : "Indicator Code", "Country Code, Indicator Code");
			return;
		}
		RowChecker checker = context.checker();
		String source = checker.hasDefaultSource() ? null
				: "World Bank, " + database + (updated == null ? "" : " (Last Updated " + updated + ")");
		Columns[] columns = new Columns[titles.size()];
		for (int i = 0; i < titles.size(); i++) {
			String title = titles.get(i).trim();
			columns[i] = new Columns(titles.get(indicator), titles.get(country), title, title, "", "", "");
		}
		while ((record = Layout.nextNonEmpty(csv)) != null) {
			int line = csv.recordLine();
			String code = Layout.field(record, country);
			if (!checker.isPlatformState(code)) {
				context.skip(code);
				continue;
			}
			String external = Layout.field(record, indicator);
			Indicator ours = external == null ? null : checker.resolve(external);
			if (ours == null) {
				throw new Layout.UnmappedCode(external == null ? "" : external.trim());
			}
			for (int i = 0; i < titles.size() && i < record.size(); i++) {
				String year = titles.get(i).trim();
				String cell = record.get(i);
				if (i == country || i == indicator || cell.isBlank() || !isYear(year)) {
					continue;
				}
				checker.check(line, columns[i], ours.code(), code, year, cell, null, source, null);
			}
			context.progress(line);
		}
	}

	private static boolean isYear(String title) {
		return title.length() == 4 && title.chars().allMatch(Character::isDigit);
	}
}
