package org.ots.platform.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The product pages as visitors, experts and the Secretariat see them. */
@IntegrationTest
class ProductsPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	ProductFixtures fixtures;

	@Autowired
	AnalyticalProducts products;

	@Autowired
	TestAccounts accounts;

	AnalyticalProduct draft;
	AnalyticalProduct published;

	@BeforeEach
	void twoProducts() {
		fixtures.ensure();
		accounts.actAs(TestAccounts.EXPERT);
		draft = products.create(fixtures.brief(null));
		products.attach(draft.id(), "draft.pdf", ProductFixtures.pdf(), draft.version());
		AnalyticalProduct other = products.create(fixtures.brief(null));
		other = products.attach(other.id(), "brief.pdf", ProductFixtures.pdf(), other.version());
		other = products.submit(other.id(), other.version());
		accounts.actAs(TestAccounts.ANALYST);
		published = products.publish(other.id(), other.version());
		TestAccounts.actAsNobody();
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	@Test
	void visitorsSeePublishedProductsAndTheirFilesButNoDraft() {
		WebSession visitor = new WebSession(port);

		String list = visitor.get("/products").body();
		assertThat(list).contains(published.title()).doesNotContain(draft.title());
		String page = visitor.get("/products/" + published.id()).body();
		assertThat(page).contains("href=\"/indicators/OTS.TITR.CARGO\"").contains("Test Institute");
		HttpResponse<String> file = visitor.get("/products/" + published.id() + "/file");
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
		assertThat(visitor.get("/products/" + draft.id()).statusCode()).isEqualTo(404);
		assertThat(visitor.get("/products/" + draft.id() + "/file").statusCode()).isEqualTo(404);
	}

	@Test
	void anExpertSeesTheirInstitutionsDraftButAnotherInstitutionsExpertDoesNot() {
		WebSession expert = WebSession.signedIn(port, TestAccounts.EXPERT);
		WebSession other = WebSession.signedIn(port, ProductFixtures.OTHER_EXPERT);

		assertThat(expert.get("/products").body()).contains(draft.title());
		assertThat(expert.get("/products/" + draft.id() + "/file").statusCode()).isEqualTo(200);
		assertThat(other.get("/products").body()).doesNotContain(draft.title());
		assertThat(other.get("/products/" + draft.id()).statusCode()).isEqualTo(404);
		assertThat(other.get("/products/" + draft.id() + "/edit").statusCode()).isEqualTo(403);
	}

	@Test
	void aRefusedFormComesBackWithTheReasonNextToTheField() {
		WebSession expert = WebSession.signedIn(port, TestAccounts.EXPERT);
		assertThat(expert.get("/products/" + draft.id() + "/edit").body()).as("the file limit as set")
			.contains("at most 20 MB.");
		expert.get("/products/new");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", "BRIEF");
		form.put("title", "x");
		form.put("summary", "A summary.");
		form.put("areaCodes", "TRN");

		HttpResponse<String> response = expert.post("/products", form);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"title-error\"").contains("Give a title of 3 to 300 characters.");
	}

	@Test
	void aStaleEditShowsTheStoredVersionWithANotice() {
		WebSession expert = WebSession.signedIn(port, TestAccounts.EXPERT);
		expert.get("/products/" + draft.id() + "/edit");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", "STUDY");
		form.put("title", "Edited from an old page");
		form.put("summary", "A summary.");
		form.put("authors", TestAccounts.EXPERT);
		form.put("areaCodes", "TRN");
		form.put("expectedVersion", "0");

		HttpResponse<String> response = expert.post("/products/" + draft.id(), form);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Someone else changed this product");
		assertThat(products.published(ProductQuery.of(null, null, null))).extracting(AnalyticalProduct::title)
			.doesNotContain("Edited from an old page");
	}

	@Test
	void theSecretariatReturnsASubmittedProductWithACommentFromItsPage() {
		accounts.actAs(TestAccounts.EXPERT);
		AnalyticalProduct submitted = products.submit(draft.id(), draft.version() + 1);
		TestAccounts.actAsNobody();
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		assertThat(analyst.get("/products").body()).contains(draft.title());
		analyst.get("/products/" + draft.id());

		HttpResponse<String> returned = analyst.post("/products/" + draft.id() + "/return",
				Map.of("comment", "Please cite the sources.", "version", String.valueOf(submitted.version())));

		assertThat(returned.statusCode()).isEqualTo(302);
		assertThat(analyst.get("/products/" + draft.id()).body()).contains("Please cite the sources.")
			.contains("Returned to the authors");
	}

	@Test
	void theDirectoryOfInstitutionsListsTheirPublishedProducts() {
		WebSession visitor = new WebSession(port);

		assertThat(visitor.get("/institutions").body()).contains("Test Institute").contains(ProductFixtures.OTHER_INSTITUTE);
		assertThat(visitor.get("/institutions/" + fixtures.testInstitute()).body()).contains(published.title())
			.doesNotContain(draft.title());
		assertThat(visitor.get("/institutions/999999").statusCode()).isEqualTo(404);
	}

	@OnPostgres
	static class OnPostgresTest extends ProductsPagesTest {
	}
}
