package org.ots.platform.indicators.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes observations in the layouts the platform imports: tidy and SDMX-CSV with every source's value; the
 * publishers' layouts (OWID grapher, World Bank API), which have one value per cell, with the reference values.
 */
@Component
class ObservationExport {

	static final String DATAFLOW = "OTS:OBSERVATIONS(1.0)";

	private final JdbcClient jdbc;
	private final Clock clock;

	ObservationExport(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Which observations to export; null fields do not filter. */
	record Filter(String area, String state, Integer from, Integer to, String indicator) {
	}

	private record Row(String indicator, String state, String period, int year, double value, String status,
			String source, String note, String indicatorName, String stateName) {
	}

	void write(ImportFormat format, Filter filter, Writer out) {
		try {
			switch (format) {
				case TIDY -> tidy(filter, out);
				case SDMX_CSV -> sdmx(filter, out);
				case OWID -> owid(filter, out);
				case WB -> worldBank(filter, out);
			}
			out.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void tidy(Filter filter, Writer out) throws IOException {
		out.write("indicator,state,period,value,status,source,note\r\n");
		each(filter, false, "o.indicator_code, st.sort_order, o.period, o.source", row -> line(out,
				CsvCells.text(row.indicator()), CsvCells.text(row.state()), CsvCells.text(row.period()),
				CsvCells.number(row.value()), row.status(), CsvCells.text(row.source()), CsvCells.text(row.note())));
	}

	private void sdmx(Filter filter, Writer out) throws IOException {
		out.write("DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS,SOURCE,OBS_COMMENT\r\n");
		each(filter, false, "o.indicator_code, st.sort_order, o.period, o.source", row -> line(out, DATAFLOW,
				CsvCells.text(row.state()), CsvCells.text(row.indicator()), CsvCells.text(row.period()),
				CsvCells.number(row.value()), sdmxStatus(row.status()), CsvCells.text(row.source()),
				CsvCells.text(row.note())));
	}

	/** One row per state and year, one column per indicator, titled with the indicator's name. */
	private void owid(Filter filter, Writer out) throws IOException {
		Map<String, String> titles = new LinkedHashMap<>();
		List<Row> group = new ArrayList<>();
		List<Row> all = new ArrayList<>();
		each(filter, true, "st.sort_order, o.period, o.indicator_code", all::add);
		all.forEach(row -> titles.putIfAbsent(row.indicator(), row.indicatorName()));
		List<String> codes = new ArrayList<>(titles.keySet());
		StringBuilder header = new StringBuilder("Entity,Code,Year");
		titles.values().forEach(title -> header.append(',').append(CsvCells.text(title)));
		out.write(header + "\r\n");
		for (Row row : all) {
			if (!group.isEmpty() && !(group.get(0).state().equals(row.state()) && group.get(0).period().equals(row.period()))) {
				owidLine(out, group, codes);
				group.clear();
			}
			group.add(row);
		}
		if (!group.isEmpty()) {
			owidLine(out, group, codes);
		}
	}

	private static void owidLine(Writer out, List<Row> group, List<String> codes) {
		String[] cells = new String[codes.size() + 3];
		cells[0] = CsvCells.text(group.get(0).stateName());
		cells[1] = CsvCells.text(group.get(0).state());
		cells[2] = CsvCells.text(group.get(0).period());
		for (int i = 0; i < codes.size(); i++) {
			cells[i + 3] = "";
		}
		for (Row row : group) {
			cells[codes.indexOf(row.indicator()) + 3] = CsvCells.number(row.value());
		}
		line(out, cells);
	}

	/** The World Bank API layout: preamble, then one row per state and indicator with a column per year. */
	private void worldBank(Filter filter, Writer out) throws IOException {
		List<Row> all = new ArrayList<>();
		each(filter, true, "st.sort_order, o.indicator_code, o.period", row -> {
			if (row.period().length() == 4) {
				all.add(row);
			}
		});
		int first = all.stream().mapToInt(Row::year).min().orElse(LocalDate.now(clock).getYear());
		int last = all.stream().mapToInt(Row::year).max().orElse(first);
		out.write("\uFEFF\"Data Source\",\"OTS Peer Review Platform\",\r\n\r\n\"Last Updated Date\",\""
				+ LocalDate.now(clock) + "\",\r\n\r\n");
		StringBuilder header = new StringBuilder("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\"");
		for (int year = first; year <= last; year++) {
			header.append(",\"").append(year).append('"');
		}
		out.write(header + ",\r\n");
		Map<Integer, Double> values = new TreeMap<>();
		Row head = null;
		for (Row row : all) {
			if (head != null && !(head.state().equals(row.state()) && head.indicator().equals(row.indicator()))) {
				worldBankLine(out, head, values, first, last);
				values.clear();
			}
			head = row;
			values.put(row.year(), row.value());
		}
		if (head != null) {
			worldBankLine(out, head, values, first, last);
		}
	}

	private static void worldBankLine(Writer out, Row head, Map<Integer, Double> values, int first, int last) {
		String[] cells = new String[4 + last - first + 1];
		cells[0] = CsvCells.text(head.stateName());
		cells[1] = CsvCells.text(head.state());
		cells[2] = CsvCells.text(head.indicatorName());
		cells[3] = CsvCells.text(head.indicator());
		for (int year = first; year <= last; year++) {
			Double value = values.get(year);
			cells[4 + year - first] = value == null ? "" : CsvCells.number(value);
		}
		line(out, cells);
	}

	private void each(Filter filter, boolean referenceOnly, String order, java.util.function.Consumer<Row> consumer) {
		StringBuilder sql = new StringBuilder("""
				SELECT o.indicator_code, o.state_code, o.period, o.obs_year, o.obs_value, o.status, o.source, o.note,
				  i.name_en AS indicator_name, st.name_en AS state_name
				FROM observation o JOIN indicator i ON i.code = o.indicator_code JOIN state st ON st.code = o.state_code
				WHERE 1 = 1""");
		Map<String, Object> params = new LinkedHashMap<>();
		if (referenceOnly) {
			sql.append(" AND o.reference = TRUE");
		}
		if (filter.area() != null) {
			sql.append(" AND i.area_code = :area");
			params.put("area", filter.area());
		}
		if (filter.state() != null) {
			sql.append(" AND o.state_code = :state");
			params.put("state", filter.state());
		}
		if (filter.indicator() != null) {
			sql.append(" AND o.indicator_code = :indicator");
			params.put("indicator", filter.indicator());
		}
		if (filter.from() != null) {
			sql.append(" AND o.obs_year >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			sql.append(" AND o.obs_year <= :to");
			params.put("to", filter.to());
		}
		sql.append(" ORDER BY ").append(order);
		jdbc.sql(sql.toString()).params(params).query(rs -> {
			consumer.accept(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getDouble(5),
					rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
		});
	}

	private static String sdmxStatus(String status) {
		return switch (Objects.requireNonNull(status)) {
			case "PROVISIONAL" -> "P";
			case "ESTIMATE" -> "E";
			default -> "A";
		};
	}

	private static void line(Writer out, String... cells) {
		try {
			out.write(String.join(",", cells));
			out.write("\r\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
