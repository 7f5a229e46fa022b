package org.ots.platform.indicators.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

	@Test
	void quotesFormulaStartsButLeavesNumbersAlone() {
		assertThat(CsvCells.text("=1+1")).isEqualTo("'=1+1");
		assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvCells.text("\tx")).isEqualTo("'\tx");
		assertThat(CsvCells.text("-1.5")).isEqualTo("-1.5");
		assertThat(CsvCells.text("+3")).isEqualTo("+3");
		assertThat(CsvCells.text("a,b")).isEqualTo("\"a,b\"");
		assertThat(CsvCells.number(8884848485.0)).isEqualTo("8884848485");
		assertThat(CsvCells.number(-1.5)).isEqualTo("-1.5");
	}

	@Test
	void csvReaderKnowsThePhysicalLineOfEachRecord() throws IOException {
		CsvReader csv = new CsvReader(new StringReader("a,b\r\n\"x\ny\",\"say \"\"hi\"\"\"\n\nlast,row"));
		List<String> seen = new ArrayList<>();
		List<String> record;
		while ((record = csv.next()) != null) {
			seen.add(csv.recordLine() + ":" + String.join("|", record));
		}
		assertThat(seen).containsExactly("1:a|b", "2:x\ny|say \"hi\"", "4:", "5:last|row");
	}
}
