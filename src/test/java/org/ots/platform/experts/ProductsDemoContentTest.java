package org.ots.platform.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's two products: one published brief with a real PDF, one draft study, both saying they are illustrative. */
@IntegrationTest
class ProductsDemoContentTest {

	@Autowired
	ProductsDemoContent demo;

	@Autowired
	AnalyticalProducts products;

	@Autowired
	ProductFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	@Test
	void loadsAPublishedBriefWithItsPdfAndADraftStudyOnceAndMarksThemIllustrative() {
		fixtures.ensure();
		demo.load();
		demo.load();

		List<Long> ids = jdbc.sql("SELECT id FROM analytical_product WHERE created_by = ? ORDER BY id")
			.param(ProductsDemoContent.ACTOR)
			.query(Long.class)
			.list();
		assertThat(ids).hasSize(2);
		AnalyticalProduct brief = products.get(ids.get(0));
		assertThat(brief.kind()).isEqualTo(ProductKind.BRIEF);
		assertThat(brief.status()).isEqualTo(ProductStatus.PUBLISHED);
		assertThat(brief.title()).contains("Middle Corridor");
		assertThat(brief.summary()).contains("Demo values are illustrative");
		assertThat(brief.file().mediaType()).isEqualTo("application/pdf");
		String pdf = new String(products.download(brief.id()).content(), StandardCharsets.US_ASCII);
		assertThat(pdf).startsWith("%PDF-1.4").endsWith("%%EOF\n").contains("ILLUSTRATIVE DEMO CONTENT");
		assertThat(pdf).as("every object where the cross-reference table says it starts").satisfies(DemoPdfCheck::offsetsMatch);
		assertThat(ids.get(1)).satisfies(id -> assertThat(products.published(ProductQuery.of(null, null, null)))
			.extracting(AnalyticalProduct::id)
			.doesNotContain(id));
	}

	static final class DemoPdfCheck {

		static void offsetsMatch(String pdf) {
			Matcher entries = Pattern.compile("(\\d{10}) 00000 n ").matcher(pdf);
			int object = 1;
			while (entries.find()) {
				int offset = Integer.parseInt(entries.group(1));
				assertThat(pdf.substring(offset)).startsWith(object + " 0 obj");
				object++;
			}
			assertThat(object).isEqualTo(6);
			int startxref = Integer.parseInt(pdf.replaceAll("(?s).*startxref\\n(\\d+)\\n%%EOF\\n$", "$1"));
			assertThat(pdf.substring(startxref)).startsWith("xref");
		}
	}

	@OnPostgres
	static class OnPostgresTest extends ProductsDemoContentTest {
	}
}
