package org.ots.platform.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ots.platform.IntegrationTest;
import org.ots.platform.OnPostgres;
import org.ots.platform.TestAccounts;
import org.ots.platform.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The review of an analytical product, state by state: who may make which move, and what each move leaves behind. */
@IntegrationTest
@RecordApplicationEvents
class ProductsWorkflowTest {

	@Autowired
	AnalyticalProducts products;

	@Autowired
	ProductFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void accounts() {
		fixtures.ensure();
	}

	@AfterEach
	void signOut() {
		TestAccounts.actAsNobody();
	}

	AnalyticalProduct draft() {
		accounts.actAs(TestAccounts.EXPERT);
		return products.create(fixtures.brief(null));
	}

	AnalyticalProduct inReview() {
		AnalyticalProduct draft = draft();
		return products.submit(draft.id(), draft.version());
	}

	AnalyticalProduct published() {
		AnalyticalProduct submitted = inReview();
		accounts.actAs(TestAccounts.ANALYST);
		return products.publish(submitted.id(), submitted.version());
	}

	@Nested
	class Draft {

		@Test
		void anExpertWritesForTheirOwnInstitutionAndIsTheAuthorWhenNoneIsNamed() {
			accounts.actAs(TestAccounts.EXPERT);
			ProductEdit edit = fixtures.brief(null);
			AnalyticalProduct created = products.create(new ProductEdit(edit.kind(), edit.title(), edit.summary(), 999_999L,
					List.of(), edit.areaCodes(), edit.indicatorCodes(), edit.stateCodes(), null));

			assertThat(created.status()).isEqualTo(ProductStatus.DRAFT);
			assertThat(created.institutionId()).isEqualTo(fixtures.testInstitute());
			assertThat(created.authors()).containsExactly(TestAccounts.EXPERT);
			assertThat(created.stateCodes()).containsExactlyInAnyOrder("KAZ", "AZE");
		}

		@Test
		void aStaleEditIsRefusedAndTheNewerChangeIsKept() {
			AnalyticalProduct draft = draft();
			products.update(draft.id(), ProductFixtures.retitled(fixtures.brief(null), "First change", draft.version()));

			assertThatThrownBy(() -> products.update(draft.id(),
					ProductFixtures.retitled(fixtures.brief(null), "Late change", draft.version())))
				.isInstanceOf(OutdatedProductException.class)
				.hasMessageContaining("Nothing was overwritten");
			assertThat(products.get(draft.id()).title()).isEqualTo("First change");
		}

		@Test
		void anExpertOfAnotherInstitutionNeitherSeesNorEditsIt() {
			AnalyticalProduct draft = draft();
			accounts.actAs(ProductFixtures.OTHER_EXPERT);

			assertThatThrownBy(() -> products.get(draft.id())).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> products.update(draft.id(), fixtures.brief(draft.version())))
				.isInstanceOf(AccessDeniedException.class);
			assertThat(products.workOf(org.ots.platform.identity.CurrentUser.get())).extracting(AnalyticalProduct::id)
				.doesNotContain(draft.id());
		}

		@Test
		void isInvisibleToVisitors() {
			AnalyticalProduct draft = draft();
			TestAccounts.actAsNobody();

			assertThatThrownBy(() -> products.get(draft.id())).isInstanceOf(NotFoundException.class);
			assertThat(products.published(ProductQuery.of(null, null, null))).extracting(AnalyticalProduct::id)
				.doesNotContain(draft.id());
		}

		@Test
		void refusesAuthorsFromAnotherInstitutionAndNamesEveryBadField() {
			accounts.actAs(TestAccounts.EXPERT);
			ProductEdit edit = new ProductEdit("PAMPHLET", "", "Summary", null, List.of(ProductFixtures.OTHER_EXPERT),
					List.of(), List.of("NO.SUCH.INDICATOR"), List.of("XXX"), null);

			assertThatThrownBy(() -> products.create(edit)).isInstanceOfSatisfying(InvalidProductException.class,
					e -> assertThat(e.errors()).containsOnlyKeys("kind", "title", "authors", "areaCodes", "indicatorCodes",
							"stateCodes"));
		}

		@Test
		void cannotBePublishedBeforeItIsSubmitted() {
			AnalyticalProduct draft = draft();
			accounts.actAs(TestAccounts.ANALYST);

			assertThatThrownBy(() -> products.publish(draft.id(), draft.version()))
				.isInstanceOf(ProductMoveRefusedException.class);
		}

		@Test
		void isSubmittedByItsAuthorAndTheSecretariatHearsOfIt() {
			AnalyticalProduct submitted = inReview();

			assertThat(submitted.status()).isEqualTo(ProductStatus.IN_REVIEW);
			assertThat(events.stream(ProductEvents.ProductSubmitted.class)).anyMatch(e -> e.productId() == submitted.id());
			accounts.actAs(TestAccounts.ANALYST);
			assertThat(products.reviewQueue(org.ots.platform.identity.CurrentUser.get())).extracting(AnalyticalProduct::id)
				.contains(submitted.id());
		}
	}

	@Nested
	class InReview {

		@Test
		void cannotBeEditedAnyMore() {
			AnalyticalProduct submitted = inReview();

			assertThatThrownBy(() -> products.update(submitted.id(), fixtures.brief(submitted.version())))
				.isInstanceOf(ProductMoveRefusedException.class);
		}

		@Test
		void isNotPublishedByItsOwnExpert() {
			AnalyticalProduct submitted = inReview();

			assertThatThrownBy(() -> products.publish(submitted.id(), submitted.version()))
				.isInstanceOf(AccessDeniedException.class);
		}

		@Test
		void isReturnedOnlyWithACommentAndCanThenBeEditedAndSubmittedAgain() {
			AnalyticalProduct submitted = inReview();
			accounts.actAs(TestAccounts.ANALYST);
			assertThatThrownBy(() -> products.returnToAuthors(submitted.id(), " ", submitted.version()))
				.isInstanceOf(InvalidProductException.class);

			AnalyticalProduct returned = products.returnToAuthors(submitted.id(), "Add the 2024 figures.", submitted.version());
			accounts.actAs(TestAccounts.EXPERT);
			AnalyticalProduct edited = products.update(returned.id(),
					ProductFixtures.retitled(fixtures.brief(null), "With 2024 figures", returned.version()));
			AnalyticalProduct again = products.submit(edited.id(), edited.version());

			assertThat(returned.status()).isEqualTo(ProductStatus.RETURNED);
			assertThat(returned.reviewComment()).isEqualTo("Add the 2024 figures.");
			assertThat(again.status()).isEqualTo(ProductStatus.IN_REVIEW);
			assertThat(events.stream(ProductEvents.ProductReturned.class)).anyMatch(e -> e.productId() == submitted.id());
			assertThat(products.history(again.id())).extracting(ProductMove::action)
				.containsExactly("CREATE", "SUBMIT", "RETURN", "SUBMIT");
		}

		@Test
		void isPublishedByTheSecretariatAndThenReadByAnyone() {
			AnalyticalProduct published = published();
			TestAccounts.actAsNobody();

			assertThat(products.get(published.id()).status()).isEqualTo(ProductStatus.PUBLISHED);
			assertThat(products.get(published.id()).publishedBy()).isEqualTo(TestAccounts.ANALYST);
			assertThat(products.published(ProductQuery.of("TRN", "KAZ", "BRIEF"))).extracting(AnalyticalProduct::id)
				.contains(published.id());
			assertThat(products.published(ProductQuery.of("TRN", "UZB", null))).extracting(AnalyticalProduct::id)
				.doesNotContain(published.id());
			assertThat(events.stream(ProductEvents.ProductPublished.class)).anyMatch(e -> e.productId() == published.id());
		}
	}

	@Nested
	class Published {

		@Test
		void isWithdrawnOnlyWithAReasonAndLeavesThePublicList() {
			AnalyticalProduct published = published();
			assertThatThrownBy(() -> products.withdraw(published.id(), "", published.version()))
				.isInstanceOf(InvalidProductException.class);

			AnalyticalProduct withdrawn = products.withdraw(published.id(), "Superseded by a newer study.", published.version());
			TestAccounts.actAsNobody();

			assertThat(withdrawn.status()).isEqualTo(ProductStatus.WITHDRAWN);
			assertThatThrownBy(() -> products.get(published.id())).isInstanceOf(NotFoundException.class);
			assertThat(events.stream(ProductEvents.ProductWithdrawn.class)).anyMatch(e -> e.productId() == published.id());
		}

		@Test
		void cannotBeEditedOrWithdrawnByItsExpert() {
			AnalyticalProduct published = published();
			accounts.actAs(TestAccounts.EXPERT);

			assertThatThrownBy(() -> products.update(published.id(), fixtures.brief(published.version())))
				.isInstanceOf(ProductMoveRefusedException.class);
			assertThatThrownBy(() -> products.withdraw(published.id(), "Mine", published.version()))
				.isInstanceOf(AccessDeniedException.class);
		}

		@Test
		void everyStepWasAuditedWithItsActor() {
			AnalyticalProduct published = published();

			List<String> entries = jdbc.sql("SELECT action || ' by ' || actor FROM audit_entry WHERE entity_type = 'AnalyticalProduct' AND entity_id = ? ORDER BY id")
				.param(String.valueOf(published.id()))
				.query(String.class)
				.list();
			assertThat(entries).containsExactly("CREATE by " + TestAccounts.EXPERT, "SUBMIT by " + TestAccounts.EXPERT,
					"PUBLISH by " + TestAccounts.ANALYST);
		}
	}

	@Nested
	class Files {

		@Test
		void areRecognisedByTheirContentNotTheirName() {
			AnalyticalProduct draft = draft();

			assertThatThrownBy(() -> products.attach(draft.id(), "study.pdf", ProductFixtures.program(), draft.version()))
				.isInstanceOfSatisfying(InvalidProductException.class,
						e -> assertThat(e.errors()).containsEntry("file", "products.error.file.type"));
			AnalyticalProduct withCsv = products.attach(draft.id(), "C:\\data\\table.pdf", ProductFixtures.csv(), draft.version());

			assertThat(withCsv.file().mediaType()).isEqualTo("text/csv");
			assertThat(withCsv.file().fileName()).isEqualTo("table.csv");
			assertThat(withCsv.file().sha256()).hasSize(64);
			assertThat(withCsv.version()).isEqualTo(draft.version() + 1);
		}

		@Test
		void largerThanTheLimitAreRefused() {
			AnalyticalProduct draft = draft();
			byte[] big = new byte[20 * 1024 * 1024 + 1];
			System.arraycopy(ProductFixtures.pdf(), 0, big, 0, 10);

			assertThatThrownBy(() -> products.attach(draft.id(), "big.pdf", big, draft.version()))
				.isInstanceOfSatisfying(InvalidProductException.class,
						e -> assertThat(e.errors()).containsEntry("file", "products.error.file.size"));
		}

		@Test
		void ofADraftAreDownloadedOnlyByItsInstitutionAndTheSecretariat() {
			AnalyticalProduct draft = draft();
			products.attach(draft.id(), "brief.pdf", ProductFixtures.pdf(), draft.version());

			assertThat(products.download(draft.id()).content()).startsWith(ProductFixtures.pdf()[0]);
			accounts.actAs(ProductFixtures.OTHER_EXPERT);
			assertThatThrownBy(() -> products.download(draft.id())).isInstanceOf(NotFoundException.class);
			accounts.actAs(TestAccounts.ADMIN);
			assertThat(products.download(draft.id()).mediaType()).isEqualTo("application/pdf");
		}
	}

	@OnPostgres
	static class OnPostgresTest extends ProductsWorkflowTest {
	}
}
